using System.Net;
using System.Net.Sockets;

namespace Modular.Identity.Domain.SignIn;

/// <summary>What makes a sign-in look like someone else using the same credentials.</summary>
internal enum CredentialSignalKind
{
    /// <summary>Signed in again within minutes from another address and another device: two sessions at once.</summary>
    ConcurrentSessions,

    /// <summary>Signed in from two distant networks within the hour: two people, two places.</summary>
    DistantNetworks,
}

/// <summary>One successful sign-in of an account, as the watch compares them: when, from which address and device.</summary>
internal sealed class SignInTrace
{
    public const int MaxAddressLength = 64;
    public const int MaxDeviceLength = 200;

    public SignInTrace(Guid userId, DateTimeOffset at, string? address, string? device)
    {
        UserId = userId;
        At = at;
        Address = string.IsNullOrWhiteSpace(address) ? null : Cut(address.Trim(), MaxAddressLength);
        Device = Cut(string.IsNullOrWhiteSpace(device) ? "?" : device.Trim(), MaxDeviceLength);
    }

    private SignInTrace()
    {
        Device = "";
    }

    public long Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The browser or application, as it names itself (its User-Agent).</summary>
    public string Device { get; private set; }

    private static string Cut(string value, int length) => value.Length > length ? value[..length] : value;
}

/// <summary>A signal recorded against an account, with its evidence: the two sign-ins it compares.</summary>
internal sealed class CredentialSignal
{
    public const int MaxEvidenceLength = 600;

    public CredentialSignal(Guid userId, DateTimeOffset at, CredentialSignalKind kind, string evidence)
    {
        UserId = userId;
        At = at;
        Kind = kind;
        Evidence = evidence.Length > MaxEvidenceLength ? evidence[..MaxEvidenceLength] : evidence;
    }

    private CredentialSignal()
    {
        Evidence = "";
    }

    public long Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public CredentialSignalKind Kind { get; private set; }

    public string Evidence { get; private set; }

    /// <summary>Read by the back office, who reactivated the account since: kept, no longer counted.</summary>
    public bool Settled { get; private set; }
}

/// <summary>
/// « Nous désactiverons son compte si nous constatons qu'une autre personne utilise ses éléments
/// d'identification »: each successful sign-in is compared with the account's recent ones. Another
/// sign-in within <see cref="ConcurrentWindow"/> from another address and another device, or within
/// <see cref="DistantWindow"/> from another network (IPv4 /16, IPv6 /32), is a signal; past the
/// threshold of signals within <see cref="CountingWindow"/>, the account is deactivated.
/// </summary>
internal static class SharedCredentials
{
    public static readonly TimeSpan ConcurrentWindow = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan DistantWindow = TimeSpan.FromHours(1);

    public static readonly TimeSpan CountingWindow = TimeSpan.FromDays(1);

    /// <summary>The signals <paramref name="current"/> raises against the account's <paramref name="earlier"/> sign-ins (at most one of each kind).</summary>
    public static IReadOnlyList<CredentialSignal> Signals(SignInTrace current, IEnumerable<SignInTrace> earlier)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(earlier);
        var signals = new List<CredentialSignal>();
        var recent = earlier.Where(e => e.At <= current.At && current.At - e.At <= DistantWindow).OrderByDescending(e => e.At).ToList();
        var concurrent = recent.FirstOrDefault(e => current.At - e.At <= ConcurrentWindow
            && e.Address is not null && current.Address is not null && e.Address != current.Address && e.Device != current.Device);
        if (concurrent is not null)
        {
            signals.Add(new CredentialSignal(current.UserId, current.At, CredentialSignalKind.ConcurrentSessions, Evidence(concurrent, current)));
        }

        var distant = recent.FirstOrDefault(e => NetworkOf(e.Address) is { } before && NetworkOf(current.Address) is { } now && before != now);
        if (distant is not null)
        {
            signals.Add(new CredentialSignal(current.UserId, current.At, CredentialSignalKind.DistantNetworks, Evidence(distant, current)));
        }

        return signals;
    }

    /// <summary>Whether <paramref name="signals"/> signals within the counting window reach <paramref name="threshold"/>.</summary>
    public static bool Reached(int signals, int threshold) => threshold > 0 && signals >= threshold;

    /// <summary>The network an address belongs to, as far apart as two places are: its IPv4 /16, its IPv6 /32; null when unreadable.</summary>
    public static string? NetworkOf(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return null;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        var bytes = ip.GetAddressBytes();
        return ip.AddressFamily == AddressFamily.InterNetwork ? $"{bytes[0]}.{bytes[1]}.0.0/16" : $"{Convert.ToHexStringLower(bytes.AsSpan(0, 4))}::/32";
    }

    private static string Evidence(SignInTrace before, SignInTrace now) =>
        $"{before.At:u} {before.Address ?? "?"} « {before.Device} » → {now.At:u} {now.Address ?? "?"} « {now.Device} »";
}
