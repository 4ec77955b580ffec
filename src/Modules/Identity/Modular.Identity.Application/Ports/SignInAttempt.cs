namespace Modular.Identity.Application.Ports;

internal sealed record SignInAttempt(SignInStatus Status, DateTimeOffset? LockedUntil = null, bool MustChangePassword = false);
