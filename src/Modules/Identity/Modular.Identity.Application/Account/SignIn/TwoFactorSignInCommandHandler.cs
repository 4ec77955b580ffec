using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.SignIn;

internal sealed class TwoFactorSignInCommandHandler(ISignInService signIn) : IRequestHandler<TwoFactorSignInCommand, Result<SignInOutcome>>
{
    public async Task<Result<SignInOutcome>> Handle(TwoFactorSignInCommand request, CancellationToken cancellationToken)
    {
        // Authenticator codes are often typed "123 456"; recovery codes keep their dash ("ABCDE-FGHIJ").
        var code = new string([.. request.Code.Where(c => !char.IsWhiteSpace(c) && (request.IsRecoveryCode || c != '-'))]);
        var attempt = await signIn.TwoFactorSignInAsync(code, request.IsRecoveryCode, request.RememberMachine, cancellationToken);
        return SignInResults.ToOutcome(attempt, IdentityErrors.InvalidTwoFactorCode);
    }
}

internal sealed class TwoFactorSignInCommandValidator : IValidator<TwoFactorSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(TwoFactorSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            yield return new ValidationFailure(nameof(request.Code), "Le code est obligatoire.");
        }
    }
}

internal sealed class SignOutCommandHandler(ISignInService signIn) : IRequestHandler<SignOutCommand, Result>
{
    public async Task<Result> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(cancellationToken);
        return Result.Success();
    }
}
