using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account;

internal static class SignInResults
{
    /// <summary>
    /// A wrong password, a locked or a deactivated account all get <paramref name="failed"/>: the
    /// sign-in tells no one which accounts exist or what state they are in (ADR 0025).
    /// </summary>
    public static Result<SignInDto> ToOutcome(SignInAttempt attempt, Error failed) => attempt.Status switch
    {
        SignInStatus.Succeeded when attempt.MustChangePassword => new SignInDto(SignInOutcome.MustChangePassword, attempt.PreferredLanguage),
        SignInStatus.Succeeded => new SignInDto(SignInOutcome.SignedIn, attempt.PreferredLanguage),
        SignInStatus.RequiresTwoFactor => new SignInDto(SignInOutcome.RequiresTwoFactor, null),
        SignInStatus.SessionExpired => IdentityErrors.TwoFactorSessionExpired,
        _ => failed,
    };
}
