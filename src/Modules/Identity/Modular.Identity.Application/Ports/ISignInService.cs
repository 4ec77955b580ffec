namespace Modular.Identity.Application.Ports;

/// <summary>The browser session (SSO cookie) of the current request.</summary>
internal interface ISignInService
{
    Task<SignInAttempt> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken);

    Task<SignInAttempt> TwoFactorSignInAsync(string code, bool isRecoveryCode, bool rememberMachine, CancellationToken cancellationToken);

    /// <summary>The email of the account whose password was right and whose second factor is awaited; null when none is.</summary>
    Task<string?> PendingTwoFactorEmailAsync(CancellationToken cancellationToken);

    /// <summary>Opens a session for an account whose address was just proved (no password asked again).</summary>
    Task SignInProvedAccountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Re-issues the session cookie after the account changed (password, MFA).</summary>
    Task RefreshSignInAsync(Guid userId, CancellationToken cancellationToken);

    Task SignOutAsync(CancellationToken cancellationToken);
}
