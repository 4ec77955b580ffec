using Modular.Identity.Domain.SignIn;

namespace Modular.Identity.Application.Ports;

/// <summary>The successful sign-ins the shared-credential watch compares, and the signals it recorded.</summary>
internal interface ISignInLog
{
    /// <summary>The account's sign-ins since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<SignInTrace>> RecentAsync(Guid userId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Records a sign-in and the signals it raised; forgets sign-ins older than every window.</summary>
    Task RecordAsync(SignInTrace trace, IReadOnlyList<CredentialSignal> signals, CancellationToken cancellationToken);

    /// <summary>After a reactivation: the account's signals are kept as evidence but no longer counted, its sign-ins forgotten.</summary>
    Task SettleAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The account's signals not yet settled since <paramref name="since"/>.</summary>
    Task<int> CountSignalsAsync(Guid userId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The account's signals, the latest first: the evidence the back office reads.</summary>
    Task<IReadOnlyList<CredentialSignal>> SignalsAsync(Guid userId, int take, CancellationToken cancellationToken);
}
