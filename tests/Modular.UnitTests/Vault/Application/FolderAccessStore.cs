using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// The vault's store as lists, behind its port, holding what the access decision reads: folders,
/// documents, people and grants. Every other member is a use case's write or conditional update,
/// which these tests never reach: it fails loudly rather than pretend.
/// </summary>
internal sealed class FolderAccessStore : IVaultRepository
{
    public List<Folder> Folders { get; } = [];

    public List<Document> Documents { get; } = [];

    public List<Person> People { get; } = [];

    public List<AccessGrant> Grants { get; } = [];

    /// <summary>How many times each kind of row was looked up, to show what a decision did not need to read.</summary>
    public Dictionary<Type, int> Lookups { get; } = [];

    public Task<Folder?> FindAsync(Specification<Folder> specification, CancellationToken cancellationToken) => Find(Folders, specification);

    public Task<IReadOnlyList<Folder>> ListAsync(Specification<Folder> specification, CancellationToken cancellationToken) => List(Folders, specification);

    public Task<Document?> FindAsync(Specification<Document> specification, CancellationToken cancellationToken) => Find(Documents, specification);

    public Task<IReadOnlyList<Document>> ListAsync(Specification<Document> specification, CancellationToken cancellationToken) => List(Documents, specification);

    public Task<Person?> FindAsync(Specification<Person> specification, CancellationToken cancellationToken) => Find(People, specification);

    public Task<IReadOnlyList<Person>> ListAsync(Specification<Person> specification, CancellationToken cancellationToken) => List(People, specification);

    public Task<AccessGrant?> FindAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) => Find(Grants, specification);

    public Task<IReadOnlyList<AccessGrant>> ListAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) => List(Grants, specification);

    public Task<int> CountAsync(Specification<Document> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyDictionary<Guid, (int Count, long Size)>> FolderTotalsAsync(Guid organisationId, CancellationToken cancellationToken) => throw Unused();

    public void Add(Folder folder) => throw Unused();

    public void Add(Document document) => throw Unused();

    public void Remove(Document document) => throw Unused();

    public void Append(JournalEntry entry) => throw Unused();

    public Task<DownloadLink?> FindAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DownloadLink>> ListAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) => throw Unused();

    public void Add(DownloadLink link) => throw Unused();

    public Task<bool> TryRedeemAsync(Guid linkId, byte[] sessionHash, DateTimeOffset now, DateTimeOffset sessionExpiresAt, CancellationToken cancellationToken) => throw Unused();

    public Task<(int AttemptsLeft, bool LockedNow)> RecordWrongCodeAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<DateTimeOffset>> RecentCodeFailuresAsync(string remoteAddress, DateTimeOffset since, CancellationToken cancellationToken) => throw Unused();

    public Task RecordCodeFailureAsync(CodeFailure failure, CancellationToken cancellationToken) => throw Unused();

    public Task<string> KeepArchiveAsync(Guid linkId, string blobId, CancellationToken cancellationToken) => throw Unused();

    public Task RecordFetchedAsync(Guid linkId, Guid documentId, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryMarkDownloadedAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<int> CountAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryRevokeAsync(Guid linkId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<(int Revoked, IReadOnlyList<string> Archives)> RevokeLinksOfFolderAsync(Guid folderId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public void Add(BlobPurge purge) => throw Unused();

    public void Remove(BlobPurge purge) => throw Unused();

    public Task<IReadOnlyList<BlobPurge>> ListAsync(Specification<BlobPurge> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> BlobInUseAsync(string blobId, CancellationToken cancellationToken) => throw Unused();

    public void Add(Person person) => throw Unused();

    public void Add(AccessGrant grant) => throw Unused();

    public void Remove(AccessGrant grant) => throw Unused();

    public Task<Invitation?> FindAsync(Specification<Invitation> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<Invitation>> ListAsync(Specification<Invitation> specification, CancellationToken cancellationToken) => throw Unused();

    public void Add(Invitation invitation) => throw Unused();

    public Task<int> RecordWrongInvitationCodeAsync(Guid invitationId, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryAcceptAsync(Guid invitationId, byte[] sessionHash, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<CollectionRequest?> FindAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<CollectionRequest>> ListAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) => throw Unused();

    public void Add(CollectionRequest request) => throw Unused();

    public Task<bool> TryRecordCollectedAsync(Guid requestId, CollectedFile file, CollectionFileLimits limits, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryMarkAutomaticReminderAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public void Enqueue(IIntegrationEvent integrationEvent) => throw Unused();

    public Task<IVaultTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result> SaveChangesAsync(CancellationToken cancellationToken) => throw Unused();

    private Task<T?> Find<T>(List<T> rows, Specification<T> specification)
        where T : class
    {
        Lookups[typeof(T)] = Lookups.GetValueOrDefault(typeof(T)) + 1;
        return Task.FromResult(SpecificationEvaluator.Apply(rows.AsQueryable(), specification).FirstOrDefault());
    }

    private Task<IReadOnlyList<T>> List<T>(List<T> rows, Specification<T> specification)
        where T : class
    {
        Lookups[typeof(T)] = Lookups.GetValueOrDefault(typeof(T)) + 1;
        return Task.FromResult<IReadOnlyList<T>>([.. SpecificationEvaluator.Apply(rows.AsQueryable(), specification)]);
    }

    private static InvalidOperationException Unused() => new("The access decision does not write; this test reached a use case's write.");
}
