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

    private static SignInTrace At(int minutes, string address, string device) => new(User, Now.AddMinutes(minutes), address, device);
}
