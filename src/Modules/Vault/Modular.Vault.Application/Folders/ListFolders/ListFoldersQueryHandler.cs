using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.ListFolders;

/// <summary>An agent's organisation's folders; for anyone else, the folders they were given access to.</summary>
internal sealed class ListFoldersQueryHandler(IVaultRepository repository, FolderAccess access) : IRequestHandler<ListFoldersQuery, Result<IReadOnlyList<FolderDto>>>
{
    public async Task<Result<IReadOnlyList<FolderDto>>> Handle(ListFoldersQuery request, CancellationToken cancellationToken)
    {
        var folders = await access.ListAsync(cancellationToken);
        var totals = new Dictionary<Guid, (int Count, long Size)>();
        foreach (var organisationId in folders.Select(f => f.Folder.OrganisationId).Distinct())
        {
            foreach (var (folderId, total) in await repository.FolderTotalsAsync(organisationId, cancellationToken))
            {
                totals[folderId] = total;
            }
        }

        return Result<IReadOnlyList<FolderDto>>.Success([.. folders.Select(f => f.Folder.ToDto(totals.GetValueOrDefault(f.Folder.Id), f.Level))]);
    }
}
