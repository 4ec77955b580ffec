using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.SignIn;

internal sealed class PasswordSignInCommandHandler(ISignInService signIn) : IRequestHandler<PasswordSignInCommand, Result<SignInOutcome>>
{
    public async Task<Result<SignInOutcome>> Handle(PasswordSignInCommand request, CancellationToken cancellationToken)
    {
        var attempt = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, request.RememberMe, cancellationToken);
        return SignInResults.ToOutcome(attempt, IdentityErrors.InvalidCredentials);
    }
}

internal sealed class PasswordSignInCommandValidator : IValidator<PasswordSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(PasswordSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "L'adresse e-mail est obligatoire.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Le mot de passe est obligatoire.");
        }
    }
}

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
