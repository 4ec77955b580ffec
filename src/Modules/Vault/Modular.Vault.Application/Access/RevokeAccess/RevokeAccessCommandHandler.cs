using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Access.RevokeAccess;

internal sealed class RevokeAccessCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RevokeAccessCommand, Result>
{
    public async Task<Result> Handle(RevokeAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new GrantOfOrganisationSpec(request.GrantId, organisationId), cancellationToken) is not { } grant)
        {
            return VaultErrors.GrantNotFound;
        }

        var who = grant.ClientId is { } clientId ? $"Client d'API {clientId}"
            : grant.PersonId is { } personId && await repository.FindAsync(new PersonOfOrganisationSpec(personId, organisationId), cancellationToken) is { } person ? person.DisplayName
            : "";
        repository.Remove(grant);
        repository.Append(new JournalEntry(grant.FolderId, time.GetUtcNow(), JournalKind.AccessRevoked, user.UserId, who));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
