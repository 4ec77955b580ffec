using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys.RevokeShareKey;

internal sealed class RevokeShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RevokeShareKeyCommand, Result>
{
    public async Task<Result> Handle(RevokeShareKeyCommand request, CancellationToken cancellationToken)
    {
        var issuer = user.RequireUserId();
        if (await repository.FindAsync(new ShareKeyOfIssuerSpec(request.ShareKeyId, issuer), cancellationToken) is not { } key)
        {
            return SharingErrors.KeyNotFound;
        }

        var now = time.GetUtcNow();
        var revoked = key.Revoke(now);
        if (revoked.IsFailure)
        {
            return revoked;
        }

        if (await repository.FindAsync(new CaseFileOfOwnerSpec(key.CaseFileId, issuer), cancellationToken) is { } caseFile)
        {
            caseFile.RecordShareKeyRevoked(key.Id, issuer, now);
        }

        return await repository.SaveChangesAsync(cancellationToken);
    }
}
