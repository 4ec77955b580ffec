using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Ports;

/// <summary>
/// Registration of an outside person at an address not yet proved: the account waits, unable to sign
/// in, until the code mailed to the address is given back.
/// </summary>
internal interface IExternalRegistration
{
    /// <summary>
    /// Checks the password against the policy (for every address alike), then: an address with a
    /// proved account gets a mail telling its owner; any other gets a pending account (made, or
    /// replaced if one was pending) and a mail with its code. Both mails go through the outbox.
    /// </summary>
    Task<Result> RequestAsync(NewAccount account, string password, CancellationToken cancellationToken);

    /// <summary>Proves the pending account of <paramref name="email"/> with its code; its id, or null for any wrong code, address or state.</summary>
    Task<Guid?> ConfirmAsync(string email, string code, CancellationToken cancellationToken);
}
