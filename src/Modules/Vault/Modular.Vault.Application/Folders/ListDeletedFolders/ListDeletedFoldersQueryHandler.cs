using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.ListDeletedFolders;

/// <summary>The organisation's deleted folders, the latest first, each with the line that tells its deletion.</summary>
internal sealed class ListDeletedFoldersQueryHandler(IVaultRepository repository, ICurrentUser user) : IRequestHandler<ListDeletedFoldersQuery, Result<IReadOnlyList<DeletedFolderDto>>>
{
    private const int ListLength = 200;

    public async Task<Result<IReadOnlyList<DeletedFolderDto>>> Handle(ListDeletedFoldersQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var folders = await repository.ListAsync(new DeletedFoldersOfOrganisationSpec(organisationId, ListLength), cancellationToken);
        var lines = folders.Count == 0 ? [] : await repository.ListAsync(new FolderDeletionLinesSpec([.. folders.Select(f => f.Id)]), cancellationToken);
        var deletions = lines.GroupBy(l => l.FolderId).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.At).First());
        return Result<IReadOnlyList<DeletedFolderDto>>.Success([.. folders.Select(f => f.ToDeletedDto(deletions.GetValueOrDefault(f.Id)))]);
    }
}
