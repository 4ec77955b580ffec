using MediatR;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Specifications;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>
/// The module's store as lists, behind its port, for the use cases' unit tests (the integration
/// tests run the real one on SQLite and PostgreSQL). What is added waits for a save; a refused save
/// (<see cref="RefuseNextSave"/>) keeps nothing; a failed transaction drops what it added.
/// </summary>
internal sealed class InMemorySharingRepository : ISharingRepository
{
    private readonly List<CaseFile> _addedCaseFiles = [];
    private readonly List<ShareKey> _addedKeys = [];
    private readonly List<CaseFile> _removed = [];
    private readonly List<IIntegrationEvent> _enqueued = [];

    public List<CaseFile> CaseFiles { get; } = [];

    public List<ShareKey> ShareKeys { get; } = [];

    public List<ImportFailure> Failures { get; } = [];

    public List<IIntegrationEvent> Outbox { get; } = [];

    public int Saves { get; private set; }

    public int Transactions { get; private set; }

    public int RolledBack { get; private set; }

    /// <summary>The next save fails with this error and keeps nothing (a concurrent writer won).</summary>
    public Error? RefuseNextSave { get; set; }

    /// <summary>Runs instead of the redemption's conditional update when set (another import won the race).</summary>
    public Func<ShareKey, bool>? Redeem { get; set; }

    /// <summary>Runs before each case file is looked up (what a concurrent request commits meanwhile).</summary>
    public Action? BeforeCaseFileLookup { get; set; }

    public Task<CaseFile?> FindAsync(Specification<CaseFile> specification, CancellationToken cancellationToken)
    {
        BeforeCaseFileLookup?.Invoke();
        return Task.FromResult(Select(CaseFiles, specification).FirstOrDefault());
    }

    public Task<IReadOnlyList<CaseFile>> ListAsync(Specification<CaseFile> specification, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseFile>>(Select(CaseFiles, specification));

    public Task<int> CountAsync(Specification<CaseFile> specification, CancellationToken cancellationToken) =>
        Task.FromResult(Count(CaseFiles, specification));

    public void Add(CaseFile caseFile) => _addedCaseFiles.Add(caseFile);

    public void Remove(CaseFile caseFile) => _removed.Add(caseFile);

    public Task<ShareKey?> FindAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        Task.FromResult(Select(ShareKeys, specification).FirstOrDefault());

    public Task<IReadOnlyList<ShareKey>> ListAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ShareKey>>(Select(ShareKeys, specification));

    public Task<int> CountAsync(Specification<ShareKey> specification, CancellationToken cancellationToken) =>
        Task.FromResult(Count(ShareKeys, specification));

    public void Add(ShareKey shareKey) => _addedKeys.Add(shareKey);

    public Task<bool> TryRedeemAsync(Guid shareKeyId, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = ShareKeys.Single(k => k.Id == shareKeyId);
        if (Redeem is { } redeem)
        {
            return Task.FromResult(redeem(key));
        }

        if (key.UsedAt is not null || key.RevokedAt is not null || key.ExpiresAt <= now)
        {
            return Task.FromResult(false);
        }

        MarkUsed(key, userId, now);
        return Task.FromResult(true);
    }

    public async Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        Transactions++;
        var result = await work(cancellationToken);
        if (result.IsFailure)
        {
            RolledBack++;
            Discard();
        }

        return result;
    }

    public void Enqueue(IIntegrationEvent integrationEvent) => _enqueued.Add(integrationEvent);

    public Task<Result> SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (RefuseNextSave is { } refused)
        {
            RefuseNextSave = null;
            Discard();
            return Task.FromResult(Result.Failure(refused));
        }

        Saves++;
        CaseFiles.AddRange(_addedCaseFiles);
        ShareKeys.AddRange(_addedKeys);
        CaseFiles.RemoveAll(_removed.Contains);
        Outbox.AddRange(_enqueued);
        Discard();
        return Task.FromResult(Result.Success());
    }

    public Task<(IReadOnlyList<DateTimeOffset> ByUser, IReadOnlyList<DateTimeOffset> ByAddress)> RecentImportFailuresAsync(
        Guid userId, string? remoteAddress, DateTimeOffset since, CancellationToken cancellationToken)
    {
        IReadOnlyList<DateTimeOffset> byUser = [.. Failures.Where(f => f.UserId == userId && f.At > since).Select(f => f.At)];
        IReadOnlyList<DateTimeOffset> byAddress = remoteAddress is null
            ? []
            : [.. Failures.Where(f => f.RemoteAddress == remoteAddress && f.At > since).Select(f => f.At)];
        return Task.FromResult((byUser, byAddress));
    }

    public Task RecordImportFailureAsync(ImportFailure failure, CancellationToken cancellationToken)
    {
        Failures.Add(failure);
        return Task.CompletedTask;
    }

    /// <summary>What the store's conditional update does to a key it redeems.</summary>
    public static void MarkUsed(ShareKey key, Guid userId, DateTimeOffset now)
    {
        typeof(ShareKey).GetProperty(nameof(ShareKey.UsedAt))!.SetValue(key, now);
        typeof(ShareKey).GetProperty(nameof(ShareKey.UsedBy))!.SetValue(key, userId);
        typeof(ShareKey).GetProperty(nameof(ShareKey.Snapshot))!.SetValue(key, null);
    }

    private void Discard()
    {
        _addedCaseFiles.Clear();
        _addedKeys.Clear();
        _removed.Clear();
        _enqueued.Clear();
    }

    private static List<T> Select<T>(List<T> rows, Specification<T> specification)
        where T : class => InMemoryQueries.Select(rows, specification);

    private static int Count<T>(List<T> rows, Specification<T> specification)
        where T : class => InMemoryQueries.Count(rows, specification);
}
