using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// The one kind of explicit transaction modules open: one writer of the module at a time. On SQLite
/// that is BEGIN IMMEDIATE (the database's write lock), entered in turn: the writers of this process
/// queue on an in-process gate per database file first, so the lock is handed from one to the next
/// as soon as it is free instead of being polled by SQLite's busy handler, which sleeps 1, 2, 5, 10…
/// up to 100 ms between tries (ADR 0049). On PostgreSQL, a transaction-scoped advisory lock keyed by
/// the module's schema, taken by every Host alike and released at commit or rollback (ADR 0031).
/// </summary>
public static class ModuleTransactions
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    public static async Task<IDbContextTransaction> BeginModuleTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite())
        {
            return await BeginSqliteAsync(database, cancellationToken);
        }

        var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (database.IsNpgsql())
        {
            try
            {
                var schema = ModuleModel.PostgreSqlSchemaOf(database) ?? "public";
                await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('modular'), hashtext({schema}))", cancellationToken);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        return transaction;
    }

    private static async Task<IDbContextTransaction> BeginSqliteAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var gate = SqliteWriters.GetOrAdd(database.GetDbConnection().DataSource ?? "", _ => new SemaphoreSlim(1, 1));
        // Past the busy timeout the gate stands aside, and SQLite's own lock decides as it did before.
        var entered = await gate.WaitAsync(SqliteConventions.BusyTimeoutMilliseconds, cancellationToken);
        try
        {
            var transaction = await database.BeginTransactionAsync(cancellationToken);
            return entered ? new GatedTransaction(transaction, gate) : transaction;
        }
        catch
        {
            if (entered)
            {
                gate.Release();
            }

            throw;
        }
    }

    /// <summary>A transaction that gives the gate to the next writer once it is committed, rolled back or disposed.</summary>
    private sealed class GatedTransaction(IDbContextTransaction inner, SemaphoreSlim gate) : IDbContextTransaction, IInfrastructure<DbTransaction>
    {
        private int _released;

        public Guid TransactionId => inner.TransactionId;

        public DbTransaction Instance => inner.GetDbTransaction();

        public void Commit()
        {
            try
            {
                inner.Commit();
            }
            finally
            {
                Release();
            }
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.CommitAsync(cancellationToken);
            }
            finally
            {
                Release();
            }
        }

        public void Rollback()
        {
            try
            {
                inner.Rollback();
            }
            finally
            {
                Release();
            }
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.RollbackAsync(cancellationToken);
            }
            finally
            {
                Release();
            }
        }

        public void Dispose()
        {
            try
            {
                inner.Dispose();
            }
            finally
            {
                Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync();
            }
            finally
            {
                Release();
            }
        }

        private void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
