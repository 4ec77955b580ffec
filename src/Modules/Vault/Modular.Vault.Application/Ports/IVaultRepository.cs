using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

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

    Task<DownloadLink?> FindAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<DownloadLink>> ListAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken);

    void Add(DownloadLink link);

    /// <summary>
    /// Consumes the link and opens its download session in one conditional statement (not used,
    /// not locked, fewer than 5 wrong codes, not expired); true iff this call won.
    /// </summary>
    Task<bool> TryRedeemAsync(Guid linkId, byte[] sessionHash, DateTimeOffset now, DateTimeOffset sessionExpiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a wrong code in one statement (locking the link at the fifth); returns the attempts
    /// left, and whether this call is the one that locked the link.
    /// </summary>
    Task<(int AttemptsLeft, bool LockedNow)> RecordWrongCodeAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When the address's failed code attempts within the throttling window happened.</summary>
    Task<IReadOnlyList<DateTimeOffset>> RecentCodeFailuresAsync(string remoteAddress, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Counts a failed code attempt at once (whatever else the request saves or not).</summary>
    Task RecordCodeFailureAsync(CodeFailure failure, CancellationToken cancellationToken);

    /// <summary>Keeps the blob of the link's ZIP unless one is already kept; returns the one kept.</summary>
    Task<string> KeepArchiveAsync(Guid linkId, string blobId, CancellationToken cancellationToken);

    /// <summary>Adds a document to those fetched in full (concurrent calls all count).</summary>
    Task RecordFetchedAsync(Guid linkId, Guid documentId, CancellationToken cancellationToken);

    /// <summary>Marks the link downloaded in one conditional statement; true iff this call did.</summary>
    Task<bool> TryMarkDownloadedAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes the link in one conditional statement that reads the domain's rule
    /// (<see cref="DownloadLink.RevocableAt"/>) and forgets its ZIP; true iff this call revoked it.
    /// </summary>
    Task<bool> TryRevokeAsync(Guid linkId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes every link of the folder that can still be revoked, and forgets the ZIPs of all its
    /// links; returns how many were revoked and the ZIPs' blobs.
    /// </summary>
    Task<(int Revoked, IReadOnlyList<string> Archives)> RevokeLinksOfFolderAsync(Guid folderId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken);

    void Add(BlobPurge purge);

    void Remove(BlobPurge purge);

    Task<IReadOnlyList<BlobPurge>> ListAsync(Specification<BlobPurge> specification, CancellationToken cancellationToken);

    /// <summary>Whether a document, or a link's ZIP, still holds the blob.</summary>
    Task<bool> BlobInUseAsync(string blobId, CancellationToken cancellationToken);

    Task<Person?> FindAsync(Specification<Person> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Person>> ListAsync(Specification<Person> specification, CancellationToken cancellationToken);

    void Add(Person person);

    Task<AccessGrant?> FindAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessGrant>> ListAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken);

    void Add(AccessGrant grant);

    void Remove(AccessGrant grant);

    Task<Invitation?> FindAsync(Specification<Invitation> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<Invitation>> ListAsync(Specification<Invitation> specification, CancellationToken cancellationToken);

    void Add(Invitation invitation);

    /// <summary>Counts a wrong invitation code in one statement; returns the attempts left.</summary>
    Task<int> RecordWrongInvitationCodeAsync(Guid invitationId, CancellationToken cancellationToken);

    /// <summary>
    /// Accepts the invitation in one conditional statement (not accepted nor cancelled, session open,
    /// not expired); true iff this call did.
    /// </summary>
    Task<bool> TryAcceptAsync(Guid invitationId, byte[] sessionHash, Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<CollectionRequest?> FindAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<CollectionRequest>> ListAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken);

    void Add(CollectionRequest request);

    /// <summary>
    /// Adds a received file to the request in one conditional statement (not cancelled, before the
    /// deadline's end, within <paramref name="limits"/> of what the request holds at that moment;
    /// concurrent uploads all count and none goes past the limits); true iff it was recorded.
    /// </summary>
    Task<bool> TryRecordCollectedAsync(Guid requestId, CollectedFile file, CollectionFileLimits limits, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the automatic reminder sent in one conditional statement; true iff this call did.</summary>
    Task<bool> TryMarkAutomaticReminderAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Adds an integration event to the module's outbox: saved with the next <see cref="SaveChangesAsync"/>, published after commit.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>
    /// Opens a transaction that takes the write lock at once, so that a conditional update and
    /// what follows from it (journal, outbox) are committed together or not at all.
    /// </summary>
    Task<IVaultTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Saves; a folder name already taken in the organisation gives <c>folder-name-taken</c>, an account already linked to another person of the directory <c>account-already-linked</c>, and nothing is kept.</summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);
}
