using System.Text.RegularExpressions;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access;

/// <summary>« Gérer les accès »: who, besides the organisation's agents, reaches a folder.</summary>
internal sealed class GetFolderAccessQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<GetFolderAccessQuery, Result<FolderAccessDto>>
{
    public async Task<Result<FolderAccessDto>> Handle(GetFolderAccessQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var grants = await repository.ListAsync(new GrantsOnFolderSpec(folder.Id), cancellationToken);
        var people = (await repository.ListAsync(new PeopleByIdsSpec([.. grants.Where(g => g.PersonId is not null).Select(g => g.PersonId!.Value)]), cancellationToken)).ToDictionary(p => p.Id);
        var totals = await repository.FolderTotalsAsync(organisationId, cancellationToken);
        return new FolderAccessDto(
            folder.ToDto(totals.GetValueOrDefault(folder.Id)),
            [.. grants.Select(g => new FolderGrantDto(
                g.Id,
                g.PersonId,
                g.PersonId is { } id && people.TryGetValue(id, out var person) ? person.DisplayName : null,
                g.PersonId is { } linked && people.TryGetValue(linked, out var owner) && owner.LinkedUserId is not null,
                g.ClientId,
                (FolderAccessLevel)g.Level,
                g.GrantedAt))]);
    }
}

internal sealed class GrantPersonAccessCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<GrantPersonAccessCommand, Result>
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

        return await AccessGrants.GiveAsync(repository, folder, person, (AccessLevel)request.Level, user.RequireUserId(), time.GetUtcNow(), cancellationToken)
            is { IsFailure: true } failed ? failed : await repository.SaveChangesAsync(cancellationToken);
    }
}

internal sealed partial class GrantClientAccessCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<GrantClientAccessCommand, Result>
{
    public async Task<Result> Handle(GrantClientAccessCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var clientId = request.ClientId?.Trim() ?? "";
        if (!ClientIdPattern().IsMatch(clientId))
        {
            return VaultErrors.ClientIdInvalid;
        }

        if (request.Level is not (FolderAccessLevel.Read or FolderAccessLevel.Write))
        {
            return VaultErrors.LevelInvalid;
        }

        var now = time.GetUtcNow();
        var level = (AccessLevel)request.Level;
        if (await repository.FindAsync(new GrantOfClientOnFolderSpec(folder.Id, clientId), cancellationToken) is { } grant)
        {
            grant.Change(level, user.RequireUserId(), now);
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessChanged, user.UserId, $"Client d'API {clientId} : {AccessGrants.Label(level)}"));
        }
        else
        {
            repository.Add(AccessGrant.ForClient(organisationId, folder.Id, clientId, level, user.RequireUserId(), now));
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, user.UserId, $"Client d'API {clientId} : {AccessGrants.Label(level)}"));
        }

        return await repository.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex ClientIdPattern();
}

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

/// <summary>Giving a person a right on a folder, shared by the access page and invitations.</summary>
internal static class AccessGrants
{
    public static string Label(AccessLevel level) => level switch
    {
        AccessLevel.Read => "lecture",
        AccessLevel.Write => "lecture et dépôt",
        AccessLevel.Manage => "gestion",
        _ => "aucun",
    };

    /// <summary>Adds or changes the grant (not saved); read on a public folder needs none, and is not stored.</summary>
    public static async Task<Result> GiveAsync(IVaultRepository repository, Folder folder, Person person, AccessLevel level, Guid grantedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (level is not (AccessLevel.Read or AccessLevel.Write or AccessLevel.Manage))
        {
            return VaultErrors.LevelInvalid;
        }

        var detail = $"{person.DisplayName} : {Label(level)}";
        if (await repository.FindAsync(new GrantOfPersonOnFolderSpec(folder.Id, person.Id), cancellationToken) is { } grant)
        {
            if (grant.Level != level)
            {
                grant.Change(level, grantedBy, now);
                repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessChanged, grantedBy, detail));
            }

            return Result.Success();
        }

        if (folder.IsPublic && level == AccessLevel.Read)
        {
            return Result.Success();
        }

        repository.Add(AccessGrant.ForPerson(folder.OrganisationId, folder.Id, person.Id, level, grantedBy, now));
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, grantedBy, detail));
        return Result.Success();
    }
}
