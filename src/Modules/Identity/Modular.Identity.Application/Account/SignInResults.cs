using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

internal static class SignInResults
{
    public static Result<SignInDto> ToOutcome(SignInAttempt attempt, Error failed) => attempt.Status switch
    {
        SignInStatus.Succeeded when attempt.MustChangePassword => new SignInDto(SignInOutcome.MustChangePassword, attempt.PreferredLanguage),
        SignInStatus.Succeeded => new SignInDto(SignInOutcome.SignedIn, attempt.PreferredLanguage),
        SignInStatus.RequiresTwoFactor => new SignInDto(SignInOutcome.RequiresTwoFactor, null),
        SignInStatus.LockedOut => IdentityErrors.LockedOut(attempt.LockedUntil),
        SignInStatus.NotAllowed => IdentityErrors.Deactivated,
        SignInStatus.SessionExpired => IdentityErrors.TwoFactorSessionExpired,
        _ => failed,
    };
}
