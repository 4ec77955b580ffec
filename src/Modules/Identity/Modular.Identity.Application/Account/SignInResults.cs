using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

internal static class SignInResults
{
    public static Result<SignInOutcome> ToOutcome(SignInAttempt attempt, Error failed) => attempt.Status switch
    {
        SignInStatus.Succeeded when attempt.MustChangePassword => SignInOutcome.MustChangePassword,
        SignInStatus.Succeeded => SignInOutcome.SignedIn,
        SignInStatus.RequiresTwoFactor => SignInOutcome.RequiresTwoFactor,
        SignInStatus.LockedOut => IdentityErrors.LockedOut(attempt.LockedUntil),
        SignInStatus.NotAllowed => IdentityErrors.Deactivated,
        SignInStatus.SessionExpired => IdentityErrors.TwoFactorSessionExpired,
        _ => failed,
    };
}
