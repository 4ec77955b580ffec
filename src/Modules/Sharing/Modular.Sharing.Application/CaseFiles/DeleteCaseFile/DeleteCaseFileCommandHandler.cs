using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.DeleteCaseFile;

internal sealed class DeleteCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user) : IRequestHandler<DeleteCaseFileCommand, Result>
{
    public async Task<Result> Handle(DeleteCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        repository.Remove(caseFile);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
