using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations;

/// <summary>Each person invited into a vault has a home page there, which they may write to.</summary>
internal sealed class HomePages(IVaultRepository repository)
{
    /// <summary>The person's home page, made (not saved) at their first invitation or access.</summary>
    public async Task<Folder> EnsureAsync(Person person, Guid createdBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if ((await repository.ListAsync(new HomePagesSpec([person.Id]), cancellationToken)).FirstOrDefault() is { } existing)
        {
            return existing;
        }

        var home = Folder.CreateHomePage(person.OrganisationId, person.Id, person.DisplayName, createdBy, now);
        repository.Add(home);
        repository.Append(new JournalEntry(home.Id, now, JournalKind.FolderCreated, createdBy, ("name", home.Name)));
        return home;
    }
}
