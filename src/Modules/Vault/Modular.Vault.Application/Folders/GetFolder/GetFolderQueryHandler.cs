using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.GetFolder;

/// <summary>A folder for anyone who reaches it; the journal only for those who manage it.</summary>
internal sealed class GetFolderQueryHandler(IVaultRepository repository, FolderAccess access, JournalAuthors authors) : IRequestHandler<GetFolderQuery, Result<FolderDetailsDto>>
{
    private const int JournalLength = 200;

    public async Task<Result<FolderDetailsDto>> Handle(GetFolderQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireAsync(request.FolderId, AccessLevel.Read, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var (folder, level) = found.Value;
        var documents = await repository.ListAsync(new DocumentsInFolderSpec(folder.Id), cancellationToken);
        var journal = level == AccessLevel.Manage ? await repository.ListAsync(new FolderJournalSpec(folder.Id, JournalLength), cancellationToken) : [];
        return new FolderDetailsDto(
            folder.ToDto((documents.Count, documents.Sum(d => d.Size)), level),
            [.. documents.Select(d => d.ToDto())],
            await authors.NameAsync(journal, cancellationToken));
    }
}
