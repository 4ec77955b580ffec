using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.GetCaseFile;

internal sealed class GetCaseFileQueryHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<GetCaseFileQuery, Result<CaseFileDto>>
{
    public async Task<Result<CaseFileDto>> Handle(GetCaseFileQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, user.RequireUserId()), cancellationToken) is { } caseFile
            ? caseFile.ToDto(time.GetUtcNow())
            : SharingErrors.CaseNotFound;
}
