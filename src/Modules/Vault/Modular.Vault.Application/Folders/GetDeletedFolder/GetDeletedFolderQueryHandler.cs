using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.GetDeletedFolder;

/// <summary>A deleted folder of the caller's organisation and the journal it kept; another organisation's is not found.</summary>
internal sealed class GetDeletedFolderQueryHandler(IVaultRepository repository, ICurrentUser user, JournalAuthors authors) : IRequestHandler<GetDeletedFolderQuery, Result<DeletedFolderDetailsDto>>
{
    private const int JournalLength = 500;

    public async Task<Result<DeletedFolderDetailsDto>> Handle(GetDeletedFolderQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new DeletedFolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var journal = await repository.ListAsync(new FolderJournalSpec(folder.Id, JournalLength), cancellationToken);
        return new DeletedFolderDetailsDto(folder.ToDeletedDto(journal.FirstOrDefault(j => j.Kind == JournalKind.FolderDeleted)), await authors.NameAsync(journal, cancellationToken));
    }
}
