using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Specifications;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence;

internal sealed class VaultRepository(VaultDbContext context, ICurrentUser user) : IVaultRepository
{
    public Task<Folder?> FindAsync(Specification<Folder> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Folders, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Folder>> ListAsync(Specification<Folder> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Folders, specification).ToListAsync(cancellationToken);

    public Task<Document?> FindAsync(Specification<Document> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Documents, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Document>> ListAsync(Specification<Document> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Documents, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<Document> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.Documents, specification).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<JournalEntry>> ListAsync(Specification<JournalEntry> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Journal, specification).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, (int Count, long Size)>> FolderTotalsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var totals = await context.Documents.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId)
            .GroupBy(d => d.FolderId)
            .Select(g => new { FolderId = g.Key, Count = g.Count(), Size = g.Sum(d => d.Size) })
            .ToListAsync(cancellationToken);
        return totals.ToDictionary(t => t.FolderId, t => (t.Count, t.Size));
    }

    public void Add(Folder folder) => context.Folders.Add(folder);

    public void Add(Document document) => context.Documents.Add(document);

    public void Remove(Document document) => context.Documents.Remove(document);

    /// <summary>A journal line, naming the mandatary who writes it when one acts for its actor.</summary>
    public void Append(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.WrittenBy(user.ActorId);
        context.Journal.Add(entry);
    }

    public Task<DownloadLink?> FindAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.DownloadLinks, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DownloadLink>> ListAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.DownloadLinks, specification).ToListAsync(cancellationToken);

    public void Add(DownloadLink link) => context.DownloadLinks.Add(link);

    public async Task<bool> TryRedeemAsync(Guid linkId, byte[] sessionHash, DateTimeOffset now, DateTimeOffset sessionExpiresAt, CancellationToken cancellationToken) =>
        await context.DownloadLinks
            .Where(l => l.Id == linkId && l.RevokedAt == null && l.UsedAt == null && l.LockedAt == null && l.FailedAttempts < DownloadLink.MaxFailedAttempts && l.ExpiresAt > now)
            .ExecuteUpdateAsync(
                set => set.SetProperty(l => l.UsedAt, now).SetProperty(l => l.SessionHash, sessionHash).SetProperty(l => l.SessionExpiresAt, sessionExpiresAt),
                cancellationToken) == 1;

    public async Task<(int AttemptsLeft, bool LockedNow)> RecordWrongCodeAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One statement: concurrent wrong codes each count, and the fifth sets the lock.
        var counted = await context.DownloadLinks
            .Where(l => l.Id == linkId && l.RevokedAt == null && l.UsedAt == null && l.LockedAt == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(l => l.FailedAttempts, l => l.FailedAttempts + 1)
                    .SetProperty(l => l.LockedAt, l => l.FailedAttempts + 1 >= DownloadLink.MaxFailedAttempts ? now : l.LockedAt),
                cancellationToken);
        var failed = await context.DownloadLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => l.FailedAttempts).FirstAsync(cancellationToken);
        var left = Math.Max(0, DownloadLink.MaxFailedAttempts - failed);
        return (left, counted == 1 && left == 0);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> RecentCodeFailuresAsync(string remoteAddress, DateTimeOffset since, CancellationToken cancellationToken) =>
        await context.CodeFailures.AsNoTracking().Where(f => f.RemoteAddress == remoteAddress && f.At > since).Select(f => f.At).ToListAsync(cancellationToken);

    public async Task RecordCodeFailureAsync(CodeFailure failure, CancellationToken cancellationToken)
    {
        context.CodeFailures.Add(failure);
        await context.SaveChangesAsync(cancellationToken);
        context.Entry(failure).State = EntityState.Detached;
    }

    public async Task<string> KeepArchiveAsync(Guid linkId, string blobId, CancellationToken cancellationToken)
    {
        await context.DownloadLinks
            .Where(l => l.Id == linkId && l.ArchiveBlobId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ArchiveBlobId, blobId), cancellationToken);
        return await context.DownloadLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => l.ArchiveBlobId).FirstAsync(cancellationToken) ?? blobId;
    }

    public async Task RecordFetchedAsync(Guid linkId, Guid documentId, CancellationToken cancellationToken)
    {
        // Compare-and-set on the whole list: a concurrent fetch of another file makes this one retry.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var fetched = await context.DownloadLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => l.FetchedDocumentIds).FirstOrDefaultAsync(cancellationToken);
            if (fetched is null || fetched.Contains(documentId))
            {
                return;
            }

            IReadOnlyList<Guid> next = [.. fetched, documentId];
            var updated = await context.DownloadLinks
                .Where(l => l.Id == linkId && l.FetchedDocumentIds == fetched)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.FetchedDocumentIds, next), cancellationToken);
            if (updated == 1)
            {
                return;
            }
        }
    }

    public async Task<bool> TryMarkDownloadedAsync(Guid linkId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.DownloadLinks
            .Where(l => l.Id == linkId && l.DownloadedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.DownloadedAt, now), cancellationToken) == 1;

    public Task<int> CountAsync(Specification<DownloadLink> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.DownloadLinks, specification).CountAsync(cancellationToken);

    public async Task<bool> TryRevokeAsync(Guid linkId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.DownloadLinks
            .Where(l => l.Id == linkId)
            .Where(DownloadLink.RevocableAt(now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(l => l.RevokedAt, now).SetProperty(l => l.RevokedBy, revokedBy).SetProperty(l => l.ArchiveBlobId, (string?)null),
                cancellationToken) == 1;

    public async Task<(int Revoked, IReadOnlyList<string> Archives)> RevokeLinksOfFolderAsync(Guid folderId, Guid revokedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revoked = await context.DownloadLinks
            .Where(l => l.FolderId == folderId)
            .Where(DownloadLink.RevocableAt(now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.RevokedAt, now).SetProperty(l => l.RevokedBy, revokedBy), cancellationToken);
        var archives = await context.DownloadLinks.AsNoTracking()
            .Where(l => l.FolderId == folderId && l.ArchiveBlobId != null)
            .Select(l => l.ArchiveBlobId!)
            .ToListAsync(cancellationToken);
        await context.DownloadLinks
            .Where(l => l.FolderId == folderId && l.ArchiveBlobId != null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ArchiveBlobId, (string?)null), cancellationToken);
        return (revoked, archives);
    }

    public void Add(BlobPurge purge) => context.BlobPurges.Add(purge);

    public void Remove(BlobPurge purge) => context.BlobPurges.Remove(purge);

    public async Task<IReadOnlyList<BlobPurge>> ListAsync(Specification<BlobPurge> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.BlobPurges, specification).ToListAsync(cancellationToken);

    public async Task<bool> BlobInUseAsync(string blobId, CancellationToken cancellationToken) =>
        await context.Documents.AnyAsync(d => d.Sha256 == blobId, cancellationToken)
        || await context.DownloadLinks.AnyAsync(l => l.ArchiveBlobId == blobId, cancellationToken);

    public Task<Person?> FindAsync(Specification<Person> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.People, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> ListAsync(Specification<Person> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.People, specification).ToListAsync(cancellationToken);

    public void Add(Person person) => context.People.Add(person);

    public Task<AccessGrant?> FindAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.AccessGrants, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AccessGrant>> ListAsync(Specification<AccessGrant> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.AccessGrants, specification).ToListAsync(cancellationToken);

    public void Add(AccessGrant grant) => context.AccessGrants.Add(grant);

    public void Remove(AccessGrant grant) => context.AccessGrants.Remove(grant);

    public Task<Invitation?> FindAsync(Specification<Invitation> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Invitations, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Invitation>> ListAsync(Specification<Invitation> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Invitations, specification).ToListAsync(cancellationToken);

    public void Add(Invitation invitation) => context.Invitations.Add(invitation);

    public async Task<int> RecordWrongInvitationCodeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        await context.Invitations
            .Where(i => i.Id == invitationId && i.AcceptedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.FailedAttempts, i => i.FailedAttempts + 1), cancellationToken);
        var failed = await context.Invitations.AsNoTracking().Where(i => i.Id == invitationId).Select(i => i.FailedAttempts).FirstAsync(cancellationToken);
        return Math.Max(0, Invitation.MaxFailedAttempts - failed);
    }

    public async Task<bool> TryAcceptAsync(Guid invitationId, byte[] sessionHash, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.Invitations
            .Where(i => i.Id == invitationId && i.AcceptedAt == null && i.CancelledAt == null && i.SessionHash == sessionHash && i.SessionExpiresAt > now && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedUserId, userId).SetProperty(i => i.ProtectedCode, (string?)null), cancellationToken) == 1;

    public Task<CollectionRequest?> FindAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.CollectionRequests, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<CollectionRequest>> ListAsync(Specification<CollectionRequest> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.CollectionRequests, specification).ToListAsync(cancellationToken);

    public void Add(CollectionRequest request) => context.CollectionRequests.Add(request);

    public async Task<bool> TryRecordCollectedAsync(Guid requestId, CollectedFile file, CollectionFileLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);

        // Compare-and-set on the whole list, as for a link's fetched files: a concurrent upload makes
        // this one retry, and the limits are judged on the very list that the update replaces.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var current = await context.CollectionRequests.AsNoTracking().Where(c => c.Id == requestId).Select(c => new { c.Items, c.Received }).FirstOrDefaultAsync(cancellationToken);
            if (current is null || limits.Refusal(current.Items, current.Received, file.Item) is not null)
            {
                return false;
            }

            var received = current.Received;

            IReadOnlyList<CollectedFile> next = [.. received, file];
            var updated = await context.CollectionRequests
                .Where(c => c.Id == requestId && c.CancelledAt == null && c.ClosesAt > now && c.Received == received)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Received, next), cancellationToken);
            if (updated == 1)
            {
                return true;
            }

            if (!await context.CollectionRequests.AnyAsync(c => c.Id == requestId && c.CancelledAt == null && c.ClosesAt > now, cancellationToken))
            {
                return false;
            }
        }

        return false;
    }

    public async Task<bool> TryMarkAutomaticReminderAsync(Guid requestId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.CollectionRequests
            .Where(c => c.Id == requestId && c.AutomaticReminderAt == null && c.CancelledAt == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.AutomaticReminderAt, now).SetProperty(c => c.LastReminderAt, now).SetProperty(c => c.RemindersSent, c => c.RemindersSent + 1),
                cancellationToken) == 1;

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<IVaultTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(context, await context.Database.BeginModuleTransactionAsync(cancellationToken));

    public async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out var table))
        {
            // The unique rules besides keys: a folder name within an organisation, one person per account and vault.
            var name = context.ChangeTracker.Entries<Folder>().Select(e => e.Entity.Name).FirstOrDefault() ?? "";
            context.ChangeTracker.Clear();
            return table switch
            {
                "people" => VaultErrors.AccountAlreadyLinked,
                "folders" => VaultErrors.FolderNameTaken(name),
                _ => VaultErrors.ChangedMeanwhile,
            };
        }
    }

    /// <summary>One writer of the module at a time: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock (<see cref="ModuleTransactions"/>).</summary>
    private sealed class Transaction(VaultDbContext context, IDbContextTransaction transaction) : ModuleTransaction(context, transaction), IVaultTransaction;
}
