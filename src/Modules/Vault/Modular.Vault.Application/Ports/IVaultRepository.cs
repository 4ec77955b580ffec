using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Ports;

/// <summary>The module's store: folders, documents and the append-only journal.</summary>
internal interface IVaultRepository
{
    Task<Folder?> FindAsync(Specification<Folder> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Folder>> ListAsync(Specification<Folder> specification, CancellationToken cancellationToken);

    Task<Document?> FindAsync(Specification<Document> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Document>> ListAsync(Specification<Document> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<Document> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken);

    /// <summary>Document count and total size per folder of an organisation.</summary>
    Task<IReadOnlyDictionary<Guid, (int Count, long Size)>> FolderTotalsAsync(Guid organisationId, CancellationToken cancellationToken);

    void Add(Folder folder);

    void Add(Document document);

    void Remove(Document document);

    void Append(JournalEntry entry);

    /// <summary>Saves; a folder name already taken in the organisation gives <c>folder-name-taken</c> and nothing is kept.</summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);
}

/// <summary>How much an upload may weigh: <c>Modular:Vault:MaxFileBytes</c>.</summary>
internal interface IVaultSettings
{
    long MaxFileBytes { get; }
}
