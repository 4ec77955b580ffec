using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access;

/// <summary>
/// Who may do what in a folder, in one place. An agent of the organisation manages all its folders.
/// A person invited into the vault (linked to their account) reads its public folders, writes to
/// their own home page, and has what they were granted. An API client, with its own token, has
/// what it was granted in the organisation it works for. Anyone else does not see the folder at
/// all (not found, not forbidden).
/// </summary>
internal sealed class FolderAccess(IVaultRepository repository, ICurrentUser user, IMediator mediator)
{
    private ApiClientReferenceDto? _client;
    private bool _clientLookedUp;

    /// <summary>The folder, when the caller has at least <paramref name="needed"/> on it.</summary>
    public async Task<Result<(Folder Folder, AccessLevel Level)>> RequireAsync(Guid folderId, AccessLevel needed, CancellationToken cancellationToken)
    {
        var folder = await repository.FindAsync(new FolderByIdSpec(folderId), cancellationToken);
        if (folder is null)
        {
            return VaultErrors.FolderNotFound;
        }

        var level = await LevelAsync(folder, cancellationToken);
        if (level == AccessLevel.None)
        {
            return VaultErrors.FolderNotFound;
        }

        if (level < needed)
        {
            return needed == AccessLevel.Write ? VaultErrors.FolderReadOnly : VaultErrors.FolderNotManaged;
        }

        return (folder, level);
    }

    /// <summary>The document, when the caller has at least <paramref name="needed"/> on its folder.</summary>
    /// <remarks>With <paramref name="inFolder"/> (a folder page's action), a document of another folder is not found.</remarks>
    public async Task<Result<Document>> RequireDocumentAsync(Guid documentId, AccessLevel needed, CancellationToken cancellationToken, Guid? inFolder = null)
    {
        if (await repository.FindAsync(new DocumentByIdSpec(documentId), cancellationToken) is not { } document
            || (inFolder is { } folderId && document.FolderId != folderId))
        {
            return VaultErrors.DocumentNotFound;
        }

        // The organisation's agents manage all of it: no need to read the folder (the common case).
        if (IsAgentOf(document.OrganisationId))
        {
            return document;
        }

        var folder = await RequireAsync(document.FolderId, needed, cancellationToken);
        return folder.IsSuccess ? document
            : folder.Error!.Code == VaultErrors.FolderNotFound.Code ? VaultErrors.DocumentNotFound
            : folder.Error;
    }

    public async Task<AccessLevel> LevelAsync(Folder folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (IsAgentOf(folder.OrganisationId))
        {
            return AccessLevel.Manage;
        }

        if (user.UserId is { } userId)
        {
            if (await repository.FindAsync(new PersonLinkedToSpec(folder.OrganisationId, userId), cancellationToken) is not { } person)
            {
                return AccessLevel.None;
            }

            var level = folder.HomeOfPersonId == person.Id ? AccessLevel.Write : folder.IsPublic ? AccessLevel.Read : AccessLevel.None;
            var grant = await repository.FindAsync(new GrantOfPersonOnFolderSpec(folder.Id, person.Id), cancellationToken);
            return grant is not null && grant.Level > level ? grant.Level : level;
        }

        if (await CallingClientAsync(cancellationToken) is { } client && client.OrganisationId == folder.OrganisationId)
        {
            var grant = await repository.FindAsync(new GrantOfClientOnFolderSpec(folder.Id, client.Id), cancellationToken);
            return grant?.Level ?? AccessLevel.None;
        }

        return AccessLevel.None;
    }

    /// <summary>Every folder the caller reaches, with the level, by name; home pages excluded for agents.</summary>
    public async Task<IReadOnlyList<(Folder Folder, AccessLevel Level)>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, (Folder Folder, AccessLevel Level)>();
        void Add(Folder folder, AccessLevel level)
        {
            if (!found.TryGetValue(folder.Id, out var known) || known.Level < level)
            {
                found[folder.Id] = (folder, level);
            }
        }

        if (user.OrganisationId is { } organisationId && user.UserId is not null && user.IsInRole(VaultScopes.AgentRole))
        {
            foreach (var folder in await repository.ListAsync(new FoldersOfOrganisationSpec(organisationId), cancellationToken))
            {
                Add(folder, AccessLevel.Manage);
            }
        }

        if (user.UserId is { } userId)
        {
            var people = (await repository.ListAsync(new PeopleLinkedToSpec(userId), cancellationToken))
                .Where(p => !IsAgentOf(p.OrganisationId)).ToList();
            if (people.Count > 0)
            {
                var personIds = people.Select(p => p.Id).ToList();
                foreach (var folder in await repository.ListAsync(new PublicFoldersSpec([.. people.Select(p => p.OrganisationId)]), cancellationToken))
                {
                    Add(folder, AccessLevel.Read);
                }

                foreach (var folder in await repository.ListAsync(new HomePagesSpec(personIds), cancellationToken))
                {
                    Add(folder, AccessLevel.Write);
                }

                await AddGrantedAsync(await repository.ListAsync(new GrantsOfPeopleSpec(personIds), cancellationToken), Add, cancellationToken);
            }
        }
        else if (await CallingClientAsync(cancellationToken) is { OrganisationId: { } clientOrganisationId } client)
        {
            await AddGrantedAsync(await repository.ListAsync(new GrantsOfClientSpec(client.Id, clientOrganisationId), cancellationToken), Add, cancellationToken);
        }

        return [.. found.Values.OrderBy(f => f.Folder.HomeOfPersonId is null).ThenBy(f => f.Folder.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private async Task AddGrantedAsync(IReadOnlyList<AccessGrant> grants, Action<Folder, AccessLevel> add, CancellationToken cancellationToken)
    {
        if (grants.Count == 0)
        {
            return;
        }

        var levels = grants.ToDictionary(g => g.FolderId, g => g.Level);
        foreach (var folder in await repository.ListAsync(new FoldersByIdsSpec(levels.Keys), cancellationToken))
        {
            add(folder, levels[folder.Id]);
        }
    }

    /// <summary>
    /// The API client behind the caller's own token (no person in it), as Identity knows it now:
    /// grants name it by the server's id of it, which the token does not carry, so its client id
    /// is looked up here, once per request; null when there is no such client (any more).
    /// </summary>
    private async Task<ApiClientReferenceDto?> CallingClientAsync(CancellationToken cancellationToken)
    {
        if (!_clientLookedUp && user.UserId is null && user.ClientId is { } clientId)
        {
            var found = await mediator.Send(new FindApiClientQuery(clientId), cancellationToken);
            _client = found.IsSuccess ? found.Value : null;
            _clientLookedUp = true;
        }

        return _client;
    }

    private bool IsAgentOf(Guid organisationId) =>
        user.UserId is not null && user.OrganisationId == organisationId && user.IsInRole(VaultScopes.AgentRole);
}
