using Modular.Identity.Domain.SignIn;

namespace Modular.Identity.Application.Ports;

/// <summary>The failed sign-in steps the throttle counts, and the alert to an account's owner.</summary>
internal interface ISignInFailureStore
{
    /// <summary>The account's failures since <paramref name="since"/>: from this address, and every checked one.</summary>
    Task<RecentSignInFailures> RecentAsync(string accountKey, string? remoteAddress, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Records a failure; forgets those older than every window.</summary>
    Task RecordAsync(SignInFailure failure, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the owner of the account with this key, if one exists and is active, that sign-ins are
    /// being refused (an email, through the outbox), unless they were told within
    /// <see cref="SignInThrottle.AlertInterval"/>.
    /// </summary>
    Task AlertOwnerAsync(string accountKey, string? remoteAddress, DateTimeOffset now, CancellationToken cancellationToken);
}
