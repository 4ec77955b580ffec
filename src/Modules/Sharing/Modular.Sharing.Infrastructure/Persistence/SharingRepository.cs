using Modular.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Specifications;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Infrastructure.Persistence;

internal sealed class SharingRepository(SharingDbContext context, ICurrentUser user) : ISharingRepository
{
    public Task<CaseFile?> FindAsync(Specification<CaseFile> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.CaseFiles, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<CaseFile>> ListAsync(Specification<CaseFile> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.CaseFiles, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<CaseFile> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.CaseFiles, specification).CountAsync(cancellationToken);

    public void Add(CaseFile caseFile) => context.CaseFiles.Add(caseFile);

    public void Remove(CaseFile caseFile) => context.CaseFiles.Remove(caseFile);

    public Task<ShareKey?> FindAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.ShareKeys, specification).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ShareKey>> ListAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.ShareKeys, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.ShareKeys, specification).CountAsync(cancellationToken);

    public void Add(ShareKey shareKey) => context.ShareKeys.Add(shareKey);

    public async Task<bool> TryRedeemAsync(Guid shareKeyId, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.ShareKeys
            .Where(k => k.Id == shareKeyId && k.UsedAt == null && k.RevokedAt == null && k.ExpiresAt > now)
            .ExecuteUpdateAsync(
                set => set.SetProperty(k => k.UsedAt, now).SetProperty(k => k.UsedBy, userId).SetProperty(k => k.Snapshot, (CaseFileContent?)null),
                cancellationToken) == 1;

    public async Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);

        // One writer of the module at a time (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock), so
        // the conditional update that opens the work never fails on a stale read snapshot.
        await using var transaction = await context.Database.BeginModuleTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        if (result.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }

        return result;
    }

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        // A history line written by a mandatary acting for the case file's owner names them too.
        foreach (var line in context.ChangeTracker.Entries<CaseFileHistoryEntry>().Where(e => e.State == EntityState.Added))
        {
            line.Entity.WrittenBy(user.ActorId);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return SharingErrors.CaseModified(null);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out _))
        {
            // Another import of the same file created the copy a moment ago.
            context.ChangeTracker.Clear();
            return SharingErrors.CaseModified(null);
        }
    }

    public async Task<(IReadOnlyList<DateTimeOffset> ByUser, IReadOnlyList<DateTimeOffset> ByAddress)> RecentImportFailuresAsync(
        Guid userId, string? remoteAddress, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var byUser = await context.ImportFailures.AsNoTracking().Where(f => f.UserId == userId && f.At > since).Select(f => f.At).ToListAsync(cancellationToken);
        var byAddress = remoteAddress is null
            ? []
            : await context.ImportFailures.AsNoTracking().Where(f => f.RemoteAddress == remoteAddress && f.At > since).Select(f => f.At).ToListAsync(cancellationToken);
        return (byUser, byAddress);
    }

    public async Task RecordImportFailureAsync(ImportFailure failure, CancellationToken cancellationToken)
    {
        context.ImportFailures.Add(failure);
        await context.SaveChangesAsync(cancellationToken);
        context.Entry(failure).State = EntityState.Detached;
    }
}
