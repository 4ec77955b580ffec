using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.Ports;

/// <summary>The module's store: case files, share keys and failed import attempts.</summary>
internal interface ISharingRepository
{
    Task<CaseFile?> FindAsync(Specification<CaseFile> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseFile>> ListAsync(Specification<CaseFile> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<CaseFile> specification, CancellationToken cancellationToken);

    void Add(CaseFile caseFile);

    void Remove(CaseFile caseFile);

    Task<ShareKey?> FindAsync(Specification<ShareKey> specification, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShareKey>> ListAsync(Specification<ShareKey> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<ShareKey> specification, CancellationToken cancellationToken);

    void Add(ShareKey shareKey);

    /// <summary>
    /// Marks the key used by <paramref name="userId"/> in one conditional statement (not used, not
    /// revoked, not expired at <paramref name="now"/>) and drops its snapshot; true iff this call won.
    /// </summary>
    Task<bool> TryRedeemAsync(Guid shareKeyId, Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed only when it succeeds.</summary>
    Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);

    /// <summary>Adds an integration event to the module's outbox: saved with the next <see cref="SaveChangesAsync"/>, published after commit.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>Saves; a case file changed or created meanwhile by someone else gives <c>case-modified</c> and nothing is kept.</summary>
    Task<Result> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Failed import attempts of the person, and of the address, since <paramref name="since"/>.</summary>
    Task<(IReadOnlyList<DateTimeOffset> ByUser, IReadOnlyList<DateTimeOffset> ByAddress)> RecentImportFailuresAsync(
        Guid userId, string? remoteAddress, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt at once, on its own: it must count even though the import is refused.</summary>
    Task RecordImportFailureAsync(ImportFailure failure, CancellationToken cancellationToken);
}
