using Modular.SharedKernel.Domain;

namespace Modular.Identity.Domain.SignIn;

/// <summary>
/// How many wrong passwords (or second-factor codes) an account may be tried with (ADR 0025),
/// instead of a lockout anyone could set off:
/// <list type="bullet">
/// <item>from one address, <see cref="PerAddressLimit"/> failures within <see cref="PerAddressWindow"/>;
/// the account's owner, from another address, is not held back;</item>
/// <item>from all addresses together, <see cref="PerAccountLimit"/> checked failures within
/// <see cref="PerAccountWindow"/> (ASVS 5.0 §6.3.1: no more than 100 an hour), so that many
/// addresses cannot try more than that.</item>
/// </list>
/// An attempt refused by the throttle is recorded for its address only (hammering pushes that
/// address's wait further out), never toward the account's limit, which counts only passwords
/// actually checked: one address alone cannot make the owner wait.
/// </summary>
internal static class SignInThrottle
{
    public const int PerAddressLimit = 5;

    public const int PerAccountLimit = 100;

    public static readonly TimeSpan PerAddressWindow = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan PerAccountWindow = TimeSpan.FromHours(1);

    /// <summary>The owner of an account under attack is told at most this often.</summary>
    public static readonly TimeSpan AlertInterval = TimeSpan.FromHours(1);

    private static readonly FailureWindow PerAddress = new(PerAddressLimit, PerAddressWindow);

    private static readonly FailureWindow PerAccount = new(PerAccountLimit, PerAccountWindow);

    /// <summary>The longest window: failures older than this count for nothing.</summary>
    public static TimeSpan Horizon => PerAccountWindow > PerAddressWindow ? PerAccountWindow : PerAddressWindow;

    /// <summary>How long an attempt must wait, given the account's recent failures; null when it may go ahead.</summary>
    public static TimeSpan? RetryAfter(RecentSignInFailures failures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var byAddress = PerAddress.RetryAfter(failures.FromAddress, now);
        var byAccount = PerAccount.RetryAfter(failures.Checked, now);
        return (byAddress, byAccount) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }
}

/// <summary>
/// An account's failures within <see cref="SignInThrottle.Horizon"/>: those from the attempt's
/// address (checked or refused), and every checked one from any address.
/// </summary>
internal sealed record RecentSignInFailures(IReadOnlyCollection<DateTimeOffset> FromAddress, IReadOnlyCollection<DateTimeOffset> Checked);

/// <summary>
/// A failed sign-in step, counted for the account (by its normalised email, whether or not an
/// account has it, so that the throttle tells nothing of who exists) and the address it came from.
/// </summary>
internal sealed class SignInFailure
{
    public const int MaxAccountKeyLength = 256;

    public const int MaxAddressLength = 64;

    public SignInFailure(string accountKey, string? remoteAddress, DateTimeOffset at, bool refused)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountKey = accountKey.Length > MaxAccountKeyLength ? accountKey[..MaxAccountKeyLength] : accountKey;
        RemoteAddress = remoteAddress is { Length: > MaxAddressLength } ? remoteAddress[..MaxAddressLength] : remoteAddress;
        At = at;
        Refused = refused;
    }

    public long Id { get; private set; }

    public string AccountKey { get; private set; }

    public string? RemoteAddress { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Refused by the throttle without checking the password: counts for its address only.</summary>
    public bool Refused { get; private set; }

    /// <summary>The key an email is counted under: trimmed, upper-case, as Identity normalises it.</summary>
    public static string KeyOf(string email) => (email ?? "").Trim().ToUpperInvariant() is { Length: > 0 } key ? key : "-";
}
