using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// The one kind of explicit transaction modules open: one writer of the module at a time. On SQLite
/// that is BEGIN IMMEDIATE (the database's write lock, waiting out the busy timeout); on PostgreSQL,
/// a transaction-scoped advisory lock keyed by the module's schema, taken by every Host alike and
/// released at commit or rollback (ADR 0031).
/// </summary>
public static class ModuleTransactions
{
    public static async Task<IDbContextTransaction> BeginModuleTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
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
}
