using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access;

/// <summary>Giving a person a right on a folder, shared by the access page and invitations.</summary>
internal sealed class AccessGrants(IVaultRepository repository)
{
    /// <summary>Adds or changes the grant (not saved); read on a public folder needs none, and is not stored.</summary>
    public async Task<Result> GiveAsync(Folder folder, Person person, AccessLevel level, Guid grantedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (level is not (AccessLevel.Read or AccessLevel.Write or AccessLevel.Manage))
        {
            return VaultErrors.LevelInvalid;
        }

        if (await repository.FindAsync(new GrantOfPersonOnFolderSpec(folder.Id, person.Id), cancellationToken) is { } grant)
        {
            if (grant.Level != level)
            {
                grant.Change(level, grantedBy, now);
                repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessChanged, grantedBy, ("person", person.DisplayName), ("level", level.ToString())));
            }

            return Result.Success();
        }

        if (folder.IsPublic && level == AccessLevel.Read)
        {
            return Result.Success();
        }

        repository.Add(AccessGrant.ForPerson(folder.OrganisationId, folder.Id, person.Id, level, grantedBy, now));
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, grantedBy, ("person", person.DisplayName), ("level", level.ToString())));
        return Result.Success();
    }
}
