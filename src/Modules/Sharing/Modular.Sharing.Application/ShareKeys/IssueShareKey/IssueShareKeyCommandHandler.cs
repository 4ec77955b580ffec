using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys.IssueShareKey;

internal sealed class IssueShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<IssueShareKeyCommand, Result<IssuedShareKeyDto>>
{
    public async Task<Result<IssuedShareKeyDto>> Handle(IssueShareKeyCommand request, CancellationToken cancellationToken)
    {
        var issuer = user.RequireUserId();
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, issuer), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var (key, text) = ShareKey.Issue(caseFile, issuer, time.GetUtcNow());
        repository.Add(key);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? new IssuedShareKeyDto(key.Id, text.Display, key.ExpiresAt) : saved.Error;
    }
}
