using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Access;

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
