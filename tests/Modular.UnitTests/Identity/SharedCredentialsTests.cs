using Modular.Identity.Domain.SignIn;

namespace Modular.UnitTests.Identity;

/// <summary>When two sign-ins of one account look like two people: at once from two addresses and devices, or from two distant networks within the hour.</summary>
public sealed class SharedCredentialsTests
{
    private static readonly Guid User = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Two_sessions_minutes_apart_from_two_addresses_and_devices_and_two_networks_raise_both_signals()
    {
        var signals = SharedCredentials.Signals(At(0, "203.0.113.9", "Chrome"), [At(-4, "198.51.100.7", "Firefox")]);

        Assert.Equal([CredentialSignalKind.ConcurrentSessions, CredentialSignalKind.DistantNetworks], signals.Select(s => s.Kind));
        Assert.All(signals, s => Assert.Contains("198.51.100.7 « Firefox » →", s.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_device_moving_within_its_network_raises_nothing()
    {
        Assert.Empty(SharedCredentials.Signals(At(0, "198.51.100.8", "Firefox"), [At(-2, "198.51.100.7", "Firefox")]));
        Assert.Empty(SharedCredentials.Signals(At(0, "198.51.100.7", "Chrome"), [At(-2, "198.51.100.7", "Firefox")]));
    }

    [Fact]
    public void Another_device_on_the_same_network_is_two_sessions_but_not_two_places() =>
        Assert.Equal(
            [CredentialSignalKind.ConcurrentSessions],
            SharedCredentials.Signals(At(0, "198.51.7.1", "Chrome"), [At(-9, "198.51.100.7", "Firefox")]).Select(s => s.Kind));

    [Theory]
    [InlineData(-11, 1)]
    [InlineData(-59, 1)]
    [InlineData(-61, 0)]
    public void Past_ten_minutes_only_distant_networks_count_and_past_the_hour_nothing(int minutes, int expected) =>
        Assert.Equal(expected, SharedCredentials.Signals(At(0, "203.0.113.9", "Chrome"), [At(minutes, "198.51.100.7", "Firefox")]).Count);

    [Theory]
    [InlineData("198.51.100.7", "198.51.0.0/16")]
    [InlineData("::ffff:198.51.100.7", "198.51.0.0/16")]
    [InlineData("2001:db8:1234::1", "20010db8::/32")]
    [InlineData("nonsense", null)]
    [InlineData(null, null)]
    public void A_network_is_an_IPv4_16_or_an_IPv6_32(string? address, string? network) =>
        Assert.Equal(network, SharedCredentials.NetworkOf(address));

    [Theory]
    [InlineData(1, 2, false)]
    [InlineData(2, 2, true)]
    [InlineData(9, 0, false)]
    public void The_threshold_counts_the_days_signals_and_zero_turns_it_off(int signals, int threshold, bool reached) =>
        Assert.Equal(reached, SharedCredentials.Reached(signals, threshold));

    [Fact]
    public void The_evidence_names_both_sign_ins_with_their_times_addresses_and_devices()
    {
        var signal = SharedCredentials.Signals(At(0, "203.0.113.9", "Chrome"), [At(-4, "198.51.100.7", "Firefox")])[0];

        Assert.Equal("2026-12-02 08:56:00Z 198.51.100.7 « Firefox » → 2026-12-02 09:00:00Z 203.0.113.9 « Chrome »", signal.Evidence);
        Assert.Equal(User, signal.UserId);
        Assert.Equal(Now, signal.At);
        Assert.False(signal.Settled);
    }

    [Fact]
    public void The_evidence_compares_with_the_latest_earlier_sign_in()
    {
        var signals = SharedCredentials.Signals(
            At(0, "203.0.113.9", "Chrome"),
            [At(-8, "198.51.100.7", "Firefox"), At(-3, "192.0.2.44", "Safari"), At(-6, "198.51.100.8", "Edge")]);

        Assert.All(signals, s => Assert.StartsWith("2026-12-02 08:57:00Z 192.0.2.44 « Safari » →", s.Evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(-10, 2)]
    [InlineData(-60, 1)]
    [InlineData(1, 0)]
    public void The_windows_include_their_bounds_and_a_later_sign_in_is_not_compared(int minutes, int expected) =>
        Assert.Equal(expected, SharedCredentials.Signals(At(0, "203.0.113.9", "Chrome"), [At(minutes, "198.51.100.7", "Firefox")]).Count);

    [Fact]
    public void A_sign_in_or_an_earlier_one_whose_address_is_unknown_raises_nothing()
    {
        var current = new SignInTrace(User, Now, null, "Chrome");

        Assert.Empty(SharedCredentials.Signals(current, [At(-2, "198.51.100.7", "Firefox")]));
        Assert.Empty(SharedCredentials.Signals(At(0, "198.51.100.7", "Firefox"), [new SignInTrace(User, Now.AddMinutes(-2), " ", "Chrome")]));
    }

    [Fact]
    public void Signals_need_the_sign_in_and_the_earlier_ones()
    {
        Assert.Throws<ArgumentNullException>("current", () => SharedCredentials.Signals(null!, []));
        Assert.Throws<ArgumentNullException>("earlier", () => SharedCredentials.Signals(At(0, "203.0.113.9", "Chrome"), null!));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData(" 203.0.113.9 ", "203.0.113.9")]
    public void A_trace_keeps_its_address_trimmed_or_none(string? address, string? kept) =>
        Assert.Equal(kept, new SignInTrace(User, Now, address, "Chrome").Address);

    [Theory]
    [InlineData(null, "?")]
    [InlineData("  ", "?")]
    [InlineData(" Firefox/140 ", "Firefox/140")]
    public void A_trace_keeps_its_device_trimmed_or_a_question_mark(string? device, string kept) =>
        Assert.Equal(kept, new SignInTrace(User, Now, "203.0.113.9", device).Device);

    [Fact]
    public void A_trace_keeps_its_user_and_time()
    {
        var trace = new SignInTrace(User, Now, "203.0.113.9", "Chrome");

        Assert.Equal(User, trace.UserId);
        Assert.Equal(Now, trace.At);
    }

    [Fact]
    public void A_trace_cuts_a_long_address_and_device()
    {
        var trace = new SignInTrace(User, Now, Letters(SignInTrace.MaxAddressLength + 1), Letters(SignInTrace.MaxDeviceLength + 1));

        Assert.Equal(Letters(SignInTrace.MaxAddressLength), trace.Address);
        Assert.Equal(Letters(SignInTrace.MaxDeviceLength), trace.Device);
    }

    [Theory]
    [InlineData(600, 600)]
    [InlineData(601, 600)]
    public void A_signals_evidence_is_cut_at_600_characters(int length, int kept)
    {
        var signal = new CredentialSignal(User, Now, CredentialSignalKind.DistantNetworks, Letters(length));

        Assert.Equal(Letters(kept), signal.Evidence);
        Assert.Equal(CredentialSignalKind.DistantNetworks, signal.Kind);
    }

    private static string Letters(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

    private static SignInTrace At(int minutes, string address, string device) => new(User, Now.AddMinutes(minutes), address, device);
}
