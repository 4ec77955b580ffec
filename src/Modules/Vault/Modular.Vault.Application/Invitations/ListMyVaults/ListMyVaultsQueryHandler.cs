using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.ListMyVaults;

/// <summary>The vaults the caller was invited into, with what they reach in each.</summary>
internal sealed class ListMyVaultsQueryHandler(IVaultRepository repository, ICurrentUser user, FolderAccess access) : IRequestHandler<ListMyVaultsQuery, Result<IReadOnlyList<SharedVaultDto>>>
{
    public async Task<Result<IReadOnlyList<SharedVaultDto>>> Handle(ListMyVaultsQuery request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return Result<IReadOnlyList<SharedVaultDto>>.Success([]);
        }

        var people = await repository.ListAsync(new PeopleLinkedToSpec(userId), cancellationToken);
        var folders = await access.ListAsync(cancellationToken);
        var vaults = new List<SharedVaultDto>();
        foreach (var person in people.OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase))
        {
            var totals = await repository.FolderTotalsAsync(person.OrganisationId, cancellationToken);
            vaults.Add(new SharedVaultDto(person.OrganisationId, person.OrganisationName, person.Id, [.. folders
                .Where(f => f.Folder.OrganisationId == person.OrganisationId)
                .Select(f => new SharedFolderDto(f.Folder.ToDto(totals.GetValueOrDefault(f.Folder.Id), f.Level), (FolderAccessLevel)f.Level, f.Folder.HomeOfPersonId == person.Id))]));
        }

        return vaults;
    }
}
