using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access.RevokeAccess;

internal sealed class RevokeAccessCommandHandler(IVaultRepository repository, IMediator mediator, ICurrentUser user, TimeProvider time) : IRequestHandler<RevokeAccessCommand, Result>
{
    public async Task<Result> Handle(RevokeAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new GrantOfOrganisationSpec(request.GrantId, organisationId), cancellationToken) is not { } grant)
        {
            return VaultErrors.GrantNotFound;
        }

        var now = time.GetUtcNow();
        if (grant.IsForClient)
        {
            // The journal names the client by the client id people know, while Identity still has it.
            var clients = await mediator.Send(new ListOrganisationApiClientsQuery(), cancellationToken);
            var clientId = clients.IsSuccess && clients.Value.FirstOrDefault(c => c.Id == grant.ClientApplicationId) is { } client
                ? client.ClientId
                : grant.LegacyClientId ?? grant.ClientApplicationId ?? "";
            repository.Append(new JournalEntry(grant.FolderId, now, JournalKind.AccessRevoked, user.UserId, ("client", clientId), (JournalEntry.VariantKey, "client")));
        }
        else
        {
            var person = grant.PersonId is { } personId ? await repository.FindAsync(new PersonOfOrganisationSpec(personId, organisationId), cancellationToken) : null;
            repository.Append(new JournalEntry(grant.FolderId, now, JournalKind.AccessRevoked, user.UserId, ("person", person?.DisplayName ?? "")));
        }

        repository.Remove(grant);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
