using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modular.Identity.Infrastructure.OpenIdConnect.TokenStates;

/// <summary>
/// Empties the <see cref="TokenStateCache"/> whenever the Identity database changes a token or an
/// authorization: OpenIddict's revocations (one, by subject, by application, a redeemed code or
/// refresh token), prunings and saves all go through commands on those two tables, whoever issues
/// them. Reads pass untouched. A write inside a transaction empties it again at the commit: a
/// state read between the write and the commit still showed the row as it was.
/// </summary>
internal sealed class TokenStateInvalidation(TokenStateCache cache) : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> _writing = [];

    /// <summary>The commits to watch, for the same context's options.</summary>
    public IInterceptor Commits => new CommitWatch(this);

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Whether a command writes to the tokens or the authorizations (EF Core batches begin with the write).</summary>
    internal static bool Changes(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var writes = text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || sql.Contains("\nUPDATE", StringComparison.OrdinalIgnoreCase) || sql.Contains("\nDELETE", StringComparison.OrdinalIgnoreCase);
        return writes && (sql.Contains("OpenIddictTokens", StringComparison.Ordinal) || sql.Contains("OpenIddictAuthorizations", StringComparison.Ordinal));
    }

    private void Check(DbCommand command)
    {
        if (!Changes(command.CommandText))
        {
            return;
        }

        cache.Invalidate();
        if (command.Transaction is { } transaction)
        {
            _writing.AddOrUpdate(transaction, this);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (_writing.Remove(transaction))
        {
            cache.Invalidate();
        }
    }

    private sealed class CommitWatch(TokenStateInvalidation owner) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => owner.Committed(transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Committed(transaction);
            return Task.CompletedTask;
        }
    }
}
