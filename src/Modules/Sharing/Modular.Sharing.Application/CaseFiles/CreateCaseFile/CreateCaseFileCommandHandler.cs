using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Application.CaseFiles.CreateCaseFile;

internal sealed class CreateCaseFileCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CreateCaseFileCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateCaseFileCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return SharingErrors.NoOrganisation;
        }

        var caseFile = CaseFile.Create(user.RequireUserId(), organisationId, request.Content.ToDomain(), time.GetUtcNow());
        repository.Add(caseFile);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? caseFile.Id : saved.Error;
    }
}
