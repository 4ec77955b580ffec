namespace Modular.Identity.Application.Ports;

internal enum SignInStatus
{
    Succeeded,
    RequiresTwoFactor,
    LockedOut,
    NotAllowed,
    SessionExpired,
    Failed,
}
