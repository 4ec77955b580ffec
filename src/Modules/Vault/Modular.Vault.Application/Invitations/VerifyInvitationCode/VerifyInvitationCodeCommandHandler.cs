using System.Security.Cryptography;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Invitations.VerifyInvitationCode;

/// <summary>
/// The validation code of an invitation: wrong ones count (the fifth locks it) and count per address;
/// the right one opens a 30-minute session for the same browser to sign in or create an account.
/// </summary>
internal sealed class VerifyInvitationCodeCommandHandler(IVaultRepository repository, ICodeHasher codes, AddressFailures failures, TimeProvider time)
    : IRequestHandler<VerifyInvitationCodeCommand, Result<string>>
{
    public async Task<Result<string>> Handle(VerifyInvitationCodeCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = AddressFailures.Normalise(request.RemoteAddress);
        if (await failures.RefusalAsync(address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation)
        {
            await failures.CountAsync(address, now, VaultErrorCodes.InvitationUnknown, cancellationToken);
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var code = SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            await failures.CountAsync(address, now, VaultErrorCodes.CodeMalformed, cancellationToken);
            return code.Error!;
        }

        if (!CryptographicOperations.FixedTimeEquals(codes.Hash(invitation.Id, code.Value), invitation.CodeHash))
        {
            await failures.CountAsync(address, now, VaultErrorCodes.CodeInvalid, cancellationToken);
            var left = await repository.RecordWrongInvitationCodeAsync(invitation.Id, cancellationToken);
            return left > 0 ? VaultErrors.InvitationCodeInvalid(left) : VaultErrors.InvitationLocked;
        }

        var (session, sessionHash) = LinkTokens.New();
        invitation.OpenSession(sessionHash, now);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : session;
    }
}
