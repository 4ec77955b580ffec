using Modular.SharedKernel.Links;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Access;

/// <summary>Giving a person a right on a folder, shared by the access page and invitations.</summary>
internal sealed class AccessGrants(IVaultRepository repository, IPublicLinks links)
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
                TellPerson(folder, person, level, now);
            }

            return Result.Success();
        }

        if (folder.IsPublic && level == AccessLevel.Read)
        {
            return Result.Success();
        }

        repository.Add(AccessGrant.ForPerson(folder.OrganisationId, folder.Id, person.Id, level, grantedBy, now));
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.AccessGranted, grantedBy, ("person", person.DisplayName), ("level", level.ToString())));
        TellPerson(folder, person, level, now);
        return Result.Success();
    }

    /// <summary>
    /// A person with an account hears of the folder opened to them, with the change that opens it;
    /// one still to accept an invitation is told by the invitation itself.
    /// </summary>
    private void TellPerson(Folder folder, Person person, AccessLevel level, DateTimeOffset now)
    {
        if (person.LinkedUserId is { } userId)
        {
            repository.Enqueue(new FolderOpenedIntegrationEvent(
                Guid.CreateVersion7(now), now, folder.Id, folder.OrganisationId, folder.Name, userId, (FolderAccessLevel)level,
                links.To(VaultPublicPages.GuestFolder, folder.Id.ToString())));
        }
    }
}
