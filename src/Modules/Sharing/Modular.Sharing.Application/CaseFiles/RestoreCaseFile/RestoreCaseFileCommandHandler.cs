using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.RestoreCaseFile;

internal sealed class RestoreCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RestoreCaseFileCommand, Result<int>>
{
    public async Task<Result<int>> Handle(RestoreCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var restored = caseFile.Restore(request.RestorePointId, time.GetUtcNow());
        if (restored.IsFailure)
        {
            return restored.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Revision : saved.Error;
    }
}
