using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Invitations;

/// <summary>Each person invited into a vault has a home page there, which they may write to.</summary>
internal static class HomePages
{
    public static async Task<Folder> EnsureAsync(IVaultRepository repository, Person person, Guid createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if ((await repository.ListAsync(new HomePagesSpec([person.Id]), cancellationToken)).FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var home = Folder.CreateHomePage(person.OrganisationId, person.Id, person.DisplayName, createdBy, now);
        repository.Add(home);
        repository.Append(new JournalEntry(home.Id, now, JournalKind.FolderCreated, createdBy, home.Name));
        return home;
    }
}
