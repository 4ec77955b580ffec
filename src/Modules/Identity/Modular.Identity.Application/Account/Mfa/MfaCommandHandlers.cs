using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.Mfa;

internal sealed class StartMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<StartMfaEnrolmentCommand, Result<MfaEnrolmentDto>>
{
    public async Task<Result<MfaEnrolmentDto>> Handle(StartMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var enrolment = await accounts.StartMfaEnrolmentAsync(userId, cancellationToken);

        // A new key changes the account's security stamp; the person's own session is renewed with it.
        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return enrolment;
    }
}

internal sealed class ConfirmMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<ConfirmMfaEnrolmentCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(ConfirmMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var code = new string([.. (request.Code ?? "").Where(char.IsAsciiDigit)]);
        if (code.Length != 6)
        {
            return IdentityErrors.MfaCodeInvalid;
        }

        var recoveryCodes = await accounts.ConfirmMfaEnrolmentAsync(userId, code, cancellationToken);
        if (recoveryCodes is null)
        {
            return IdentityErrors.MfaCodeInvalid;
        }

        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return Result<IReadOnlyList<string>>.Success(recoveryCodes);
    }
}

internal sealed class DisableMfaCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<DisableMfaCommand, Result>
{
    public async Task<Result> Handle(DisableMfaCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        if (!await accounts.CheckPasswordAsync(userId, request.CurrentPassword ?? "", cancellationToken))
        {
            return IdentityErrors.WrongPassword;
        }

        await accounts.DisableMfaAsync(userId, cancellationToken);
        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return Result.Success();
    }
}

internal sealed class RegenerateRecoveryCodesCommandHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<RegenerateRecoveryCodesCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(RegenerateRecoveryCodesCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var account = await accounts.FindAsync(userId, cancellationToken);
        if (account is not { MfaEnabled: true })
        {
            return IdentityErrors.MfaNotEnabled;
        }

        return Result<IReadOnlyList<string>>.Success(await accounts.RegenerateRecoveryCodesAsync(userId, cancellationToken));
    }
}
