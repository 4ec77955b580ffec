using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Access.GrantClientAccess;

/// <summary>
/// Gives an API client of the agent's organisation a right on a folder. The client must be among
/// those Identity lists for this agent: an id of another organisation's client, typed or forged, is
/// unknown here, as a deleted one is.
/// </summary>
internal sealed class GrantClientAccessCommandHandler(IVaultRepository repository, IMediator mediator, ICurrentUser user, TimeProvider time) : IRequestHandler<GrantClientAccessCommand, Result>
{
    public async Task<Result> Handle(GrantClientAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var clients = await mediator.Send(new ListOrganisationApiClientsQuery(), cancellationToken);
        if (clients.IsFailure)
        {
            return clients.Error;
        }

        if (clients.Value.FirstOrDefault(c => c.Id == request.ClientApplicationId && c.OrganisationId == organisationId) is not { } client)
        {
            return VaultErrors.ApiClientNotFound;
        }

        if (request.Level is not (FolderAccessLevel.Read or FolderAccessLevel.Write))
        {
            return VaultErrors.LevelInvalid;
        }

        var now = time.GetUtcNow();
        var level = (AccessLevel)request.Level;
        if (await repository.FindAsync(new GrantOfClientOnFolderSpec(folder.Id, client.Id), cancellationToken) is { } grant)
        {
            grant.Change(level, user.RequireUserId(), now);
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessChanged, user.UserId, ("client", client.ClientId), ("level", level.ToString()), (JournalEntry.VariantKey, "client")));
        }
        else
        {
            repository.Add(AccessGrant.ForClient(organisationId, folder.Id, client.Id, level, user.RequireUserId(), now));
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, user.UserId, ("client", client.ClientId), ("level", level.ToString()), (JournalEntry.VariantKey, "client")));
        }

        return await repository.SaveChangesAsync(cancellationToken);
    }
}
