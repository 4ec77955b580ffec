using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.UpdateCaseFile;

internal sealed class UpdateCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<UpdateCaseFileCommand, Result<int>>
{
    public async Task<Result<int>> Handle(UpdateCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var edited = caseFile.Edit(request.ExpectedRevision, request.Content.ToDomain(), time.GetUtcNow());
        if (edited.IsFailure)
        {
            return edited.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Revision : saved.Error;
    }
}
