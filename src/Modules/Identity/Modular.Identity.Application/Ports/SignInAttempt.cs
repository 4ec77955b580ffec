namespace Modular.Identity.Application.Ports;

/// <summary>The outcome of a sign-in step; once signed in, with the account's preferred language.</summary>
internal sealed record SignInAttempt(SignInStatus Status, bool MustChangePassword = false, string? PreferredLanguage = null, Guid? UserId = null);
