using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.UnitTests.Fakes;
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
/// The vault's store as lists, behind its port, for the use cases' unit tests (the integration
/// tests run the real one on SQLite and PostgreSQL). What is added, removed, appended to a journal or
/// queued waits for a save (<see cref="Pending"/>); a refused save keeps nothing; a transaction
/// disposed without its commit drops what it added. The conditional updates do what the store's
/// single statements do, and the folders a folder's deletion hides are hidden from every read that
/// does not ask for them, as the store's query filter hides them. The members no test here reaches
/// (an invitation's accepting and wrong codes, collected files) fail loudly rather than pretend.
/// </summary>
internal sealed class InMemoryVaultStore : IVaultRepository
{
    public List<DownloadLink> Links { get; } = [];

    public List<CodeFailure> CodeFailures { get; } = [];

    public List<JournalEntry> Journal { get; } = [];

    public List<IIntegrationEvent> Outbox { get; } = [];

    /// <summary>What waits for the next save: folders, invitations, documents, links, collection requests, grants, blob purges, journal lines, events, and removals (<see cref="Removal"/>).</summary>
    public List<object> Pending { get; } = [];

    public int Saves { get; private set; }

    public int Commits { get; private set; }

    public int RollBacks { get; private set; }

    /// <summary>The next save fails with this error and keeps nothing.</summary>
    public Error? RefuseNextSave { get; set; }

    /// <summary>Runs instead of the redemption's conditional update when set (another holder won the race).</summary>
    public Func<DownloadLink, bool>? Redeem { get; set; }

    public List<Folder> Folders { get; } = [];

    public List<Document> Documents { get; } = [];

    public List<Person> People { get; } = [];

    public List<AccessGrant> Grants { get; } = [];

    public List<CollectionRequest> CollectionRequests { get; } = [];

    public List<Invitation> Invitations { get; } = [];

    /// <summary>The blobs queued for purging and not yet settled.</summary>
    public List<BlobPurge> Purges { get; } = [];

    /// <summary>How many times each kind of row was looked up, to show what a decision did not need to read.</summary>
    public Dictionary<Type, int> Lookups { get; } = [];

    public Task<Folder?> FindAsync(Specification<Folder> specification, CancellationToken cancellationToken) => Find(Visible(specification), specification);

    public Task<IReadOnlyList<Folder>> ListAsync(Specification<Folder> specification, CancellationToken cancellationToken) => List(Visible(specification), specification);

    public Task<Document?> FindAsync(Specification<Document> specification, CancellationToken cancellationToken) => Find(Documents, specification);

    public Task<IReadOnlyList<Document>> ListAsync(Specification<Document> specification, CancellationToken cancellationToken) => List(Documents, specification);

    public Task<Person?> FindAsync(Specification<Person> specification, CancellationToken cancellationToken) => Find(People, specification);

    public Task<IReadOnlyList<Person>> ListAsync(Specification<Person> specification, CancellationToken cancellationToken) => List(People, specification);

    public Task<AccessGrant?> FindAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) => Find(Grants, specification);

    public Task<IReadOnlyList<AccessGrant>> ListAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) => List(Grants, specification);

    public Task<int> CountAsync(Specification<Document> specification, CancellationToken cancellationToken) =>
        Task.FromResult(InMemoryQueries.Count(Documents, specification));

    public Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyDictionary<Guid, (int Count, long Size)>> FolderTotalsAsync(Guid organisationId, CancellationToken cancellationToken) => throw Unused();

    public void Add(Folder folder) => Pending.Add(folder);

    public void Add(Document document) => Pending.Add(document);

    public void Remove(Document document) => Pending.Add(new Removal(document));

    public void Append(JournalEntry entry) => Pending.Add(entry);

    /// <summary>A read that does not track gives a copy of the row, as the database does: a conditional update after it does not change it.</summary>
    public Task<DownloadLink?> FindAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var link = InMemoryQueries.Select(Links, specification).FirstOrDefault();
        return Task.FromResult(link is not null && specification.AsNoTracking ? (DownloadLink)CopyOf.Invoke(link, null)! : link);
    }

    public Task<IReadOnlyList<DownloadLink>> ListAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) => throw Unused();

    public void Add(DownloadLink link) => Pending.Add(link);

    public Task<bool> TryRedeemAsync(Guid linkId, byte[] sessionHash, DateTimeOffset now, DateTimeOffset sessionExpiresAt, CancellationToken cancellationToken)
    {
        var link = Links.Single(l => l.Id == linkId);
        if (Redeem is { } redeem)
        {
            return Task.FromResult(redeem(link));
        }

        if (link.RevokedAt is not null || link.UsedAt is not null || link.LockedAt is not null || link.FailedAttempts >= DownloadLink.MaxFailedAttempts || link.ExpiresAt <= now)
        {
            return Task.FromResult(false);
        }

        Set(link, nameof(DownloadLink.UsedAt), now);
        Set(link, nameof(DownloadLink.SessionHash), sessionHash);
        Set(link, nameof(DownloadLink.SessionExpiresAt), sessionExpiresAt);
        return Task.FromResult(true);
    }

    public Task<(int AttemptsLeft, bool LockedNow)> RecordWrongCodeAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var link = Links.Single(l => l.Id == linkId);
        var counted = link.RevokedAt is null && link.UsedAt is null && link.LockedAt is null;
        if (counted)
        {
            Set(link, nameof(DownloadLink.FailedAttempts), link.FailedAttempts + 1);
            if (link.FailedAttempts >= DownloadLink.MaxFailedAttempts)
            {
                Set(link, nameof(DownloadLink.LockedAt), now);
            }
        }

        var left = Math.Max(0, DownloadLink.MaxFailedAttempts - link.FailedAttempts);
        return Task.FromResult((left, counted && left == 0));
    }

    public Task<IReadOnlyList<DateTimeOffset>> RecentCodeFailuresAsync(string remoteAddress, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DateTimeOffset>>([.. CodeFailures.Where(f => f.RemoteAddress == remoteAddress && f.At > since).Select(f => f.At)]);

    public Task RecordCodeFailureAsync(CodeFailure failure, CancellationToken cancellationToken)
    {
        CodeFailures.Add(failure);
        return Task.CompletedTask;
    }

    public Task<string> KeepArchiveAsync(Guid linkId, string blobId, CancellationToken cancellationToken) => throw Unused();

    public Task RecordFetchedAsync(Guid linkId, Guid documentId, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryMarkDownloadedAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<int> CountAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryRevokeAsync(Guid linkId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var link = Links.Single(l => l.Id == linkId);
        if (!DownloadLink.RevocableAt(now).Compile()(link))
        {
            return Task.FromResult(false);
        }

        Revoke(link, revokedBy, now);
        Set(link, nameof(DownloadLink.ArchiveBlobId), (string?)null);
        return Task.FromResult(true);
    }

    public Task<(int Revoked, IReadOnlyList<string> Archives)> RevokeLinksOfFolderAsync(Guid folderId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ofFolder = Links.Where(l => l.FolderId == folderId).ToList();
        var revocable = ofFolder.Where(DownloadLink.RevocableAt(now).Compile()).ToList();
        revocable.ForEach(link => Revoke(link, revokedBy, now));

        var archives = ofFolder.Where(l => l.ArchiveBlobId is not null).Select(l => l.ArchiveBlobId!).ToList();
        ofFolder.ForEach(l => Set(l, nameof(DownloadLink.ArchiveBlobId), (string?)null));
        return Task.FromResult<(int, IReadOnlyList<string>)>((revocable.Count, archives));
    }

    public void Add(BlobPurge purge) => Pending.Add(purge);

    public void Remove(BlobPurge purge) => Pending.Add(new Removal(purge));

    public Task<IReadOnlyList<BlobPurge>> ListAsync(Specification<BlobPurge> specification, CancellationToken cancellationToken) => List(Purges, specification);

    public Task<bool> BlobInUseAsync(string blobId, CancellationToken cancellationToken) =>
        Task.FromResult(Documents.Any(d => d.Sha256 == blobId) || Links.Any(l => l.ArchiveBlobId == blobId));

    public void Add(Person person) => throw Unused();

    public void Add(AccessGrant grant) => Pending.Add(grant);

    public void Remove(AccessGrant grant) => Pending.Add(new Removal(grant));

    public Task<Invitation?> FindAsync(Specification<Invitation> specification, CancellationToken cancellationToken) => Find(Invitations, specification);

    public Task<IReadOnlyList<Invitation>> ListAsync(Specification<Invitation> specification, CancellationToken cancellationToken) => List(Invitations, specification);

    public void Add(Invitation invitation) => Pending.Add(invitation);

    public Task<int> RecordWrongInvitationCodeAsync(Guid invitationId, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryAcceptAsync(Guid invitationId, byte[] sessionHash, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<CollectionRequest?> FindAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) => Find(CollectionRequests, specification);

    public Task<IReadOnlyList<CollectionRequest>> ListAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) => List(CollectionRequests, specification);

    public void Add(CollectionRequest request) => Pending.Add(request);

    public Task<bool> TryRecordCollectedAsync(Guid requestId, CollectedFile file, CollectionFileLimits limits, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> TryMarkAutomaticReminderAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unused();

    public void Enqueue(IIntegrationEvent integrationEvent) => Pending.Add(integrationEvent);

    public Task<IVaultTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => Task.FromResult<IVaultTransaction>(new Transaction(this));

    public Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (RefuseNextSave is { } refused)
        {
            RefuseNextSave = null;
            Pending.Clear();
            return Task.FromResult(Result.Failure(refused));
        }

        Saves++;
        Folders.AddRange(Pending.OfType<Folder>());
        Invitations.AddRange(Pending.OfType<Invitation>());
        Documents.AddRange(Pending.OfType<Document>());
        Links.AddRange(Pending.OfType<DownloadLink>());
        CollectionRequests.AddRange(Pending.OfType<CollectionRequest>());
        Purges.AddRange(Pending.OfType<BlobPurge>());
        foreach (var removed in Pending.OfType<Removal>().Select(r => r.Row))
        {
            _ = removed switch
            {
                Document document => Documents.Remove(document),
                BlobPurge purge => Purges.Remove(purge),
                AccessGrant grant => Grants.Remove(grant),
                _ => throw Unused(),
            };
        }

        Grants.AddRange(Pending.OfType<AccessGrant>());
        Journal.AddRange(Pending.OfType<JournalEntry>());
        Outbox.AddRange(Pending.OfType<IIntegrationEvent>());
        Pending.Clear();
        return Task.FromResult(Result.Success());
    }

    private List<Folder> Visible(Specification<Folder> specification) =>
        specification.IgnoreQueryFilters ? Folders : [.. Folders.Where(f => f.DeletedAt is null)];

    private Task<T?> Find<T>(List<T> rows, Specification<T> specification)
        where T : class
    {
        Lookups[typeof(T)] = Lookups.GetValueOrDefault(typeof(T)) + 1;
        return Task.FromResult(InMemoryQueries.Select(rows, specification).FirstOrDefault());
    }

    private Task<IReadOnlyList<T>> List<T>(List<T> rows, Specification<T> specification)
        where T : class
    {
        Lookups[typeof(T)] = Lookups.GetValueOrDefault(typeof(T)) + 1;
        return Task.FromResult<IReadOnlyList<T>>(InMemoryQueries.Select(rows, specification));
    }

    private static readonly System.Reflection.MethodInfo CopyOf = typeof(object).GetMethod(nameof(MemberwiseClone), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

    private static InvalidOperationException Unused() => new("No use case tested with this store reaches this member.");

    private static void Set<T>(DownloadLink link, string property, T value) => typeof(DownloadLink).GetProperty(property)!.SetValue(link, value);

    private static void Revoke(DownloadLink link, Guid revokedBy, DateTimeOffset now)
    {
        Set(link, nameof(DownloadLink.RevokedAt), (DateTimeOffset?)now);
        Set(link, nameof(DownloadLink.RevokedBy), (Guid?)revokedBy);
    }

    /// <summary>A row removed, waiting for the save.</summary>
    private sealed record Removal(object Row);

    /// <summary>Disposed without its commit, what it added is dropped.</summary>
    private sealed class Transaction(InMemoryVaultStore store) : IVaultTransaction
    {
        private bool _committed;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            _committed = true;
            store.Commits++;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                store.RollBacks++;
                store.Pending.Clear();
            }

            return ValueTask.CompletedTask;
        }
    }
}
