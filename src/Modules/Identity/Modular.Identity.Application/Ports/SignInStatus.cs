namespace Modular.Identity.Application.Ports;

internal enum SignInStatus
{
    Succeeded,
    RequiresTwoFactor,
    SessionExpired,

    /// <summary>Wrong password or code, or an account that may not sign in (locked, deactivated): one answer for all.</summary>
    Failed,
}
