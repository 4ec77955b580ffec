using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access.GrantPersonAccess;

internal sealed class GrantPersonAccessCommandHandler(IVaultRepository repository, AccessGrants grants, ICurrentUser user, TimeProvider time) : IRequestHandler<GrantPersonAccessCommand, Result>
{
    public async Task<Result> Handle(GrantPersonAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        if (await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        return await grants.GiveAsync(folder, person, (AccessLevel)request.Level, user.RequireUserId(), time.GetUtcNow(), cancellationToken)
            is { IsFailure: true } failed ? failed : await repository.SaveChangesAsync(cancellationToken);
    }
}
