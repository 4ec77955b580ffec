using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access.GetFolderAccess;

/// <summary>
/// « Gérer les accès »: who, besides the organisation's agents, reaches a folder, and the
/// organisation's API clients (from Identity, for this agent) that may be given access.
/// </summary>
internal sealed class GetFolderAccessQueryHandler(IVaultRepository repository, PendingInvitations pending, IMediator mediator, ICurrentUser user) : IRequestHandler<GetFolderAccessQuery, Result<FolderAccessDto>>
{
    public async Task<Result<FolderAccessDto>> Handle(GetFolderAccessQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var listed = await mediator.Send(new ListOrganisationApiClientsQuery(), cancellationToken);
        if (listed.IsFailure)
        {
            return listed.Error;
        }

        var clients = listed.Value.Where(c => c.OrganisationId == organisationId).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var grants = await repository.ListAsync(new GrantsOnFolderSpec(folder.Id), cancellationToken);
        var people = (await repository.ListAsync(new PeopleByIdsSpec([.. grants.Where(g => g.PersonId is not null).Select(g => g.PersonId!.Value)]), cancellationToken)).ToDictionary(p => p.Id);
        var waiting = await pending.OfAsync([.. people.Values.Where(p => p.LinkedUserId is null).Select(p => p.Id)], cancellationToken);
        var totals = await repository.FolderTotalsAsync(organisationId, cancellationToken);
        return new FolderAccessDto(
            folder.ToDto(totals.GetValueOrDefault(folder.Id)),
            [.. grants.Select(g =>
            {
                var client = g.ClientApplicationId is { } clientId ? clients.GetValueOrDefault(clientId) : null;
                return new FolderGrantDto(
                    g.Id,
                    g.PersonId,
                    g.PersonId is { } id && people.TryGetValue(id, out var person) ? person.DisplayName : null,
                    g.PersonId is { } linked && people.TryGetValue(linked, out var owner) && owner.LinkedUserId is not null,
                    client?.ClientId,
                    client?.DisplayName,
                    (FolderAccessLevel)g.Level,
                    g.GrantedAt,
                    g.PersonId is { } invited && waiting.TryGetValue(invited, out var invitation) ? invitation : null);
            })],
            [.. clients.Values.Select(c => new FolderClientDto(c.Id, c.ClientId, c.DisplayName))]);
    }
}
