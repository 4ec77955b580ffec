using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>What a database error means, whichever the provider: a unique rule broken (and on which table), or the database out of reach.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgreSqlUniqueViolation = "23505";

    /// <summary>Whether the save broke a unique index; <paramref name="table"/> names the table when the provider says it.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception, out string table)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception.InnerException)
        {
            case SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite:
                // "SQLite Error 19: 'UNIQUE constraint failed: folders.OrganisationId, folders.NameKey'."
                const string Failed = "constraint failed:";
                var at = sqlite.Message.IndexOf(Failed, StringComparison.Ordinal);
                table = at < 0 ? "" : sqlite.Message[(at + Failed.Length)..].Split('.', 2)[0].Trim();
                return true;
            case PostgresException { SqlState: PostgreSqlUniqueViolation } postgres:
                table = postgres.TableName ?? "";
                return true;
            default:
                table = "";
                return false;
        }
    }

    /// <summary>Whether the database cannot be reached now (server down, network lost, connections exhausted): worth a 503, not a 500.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException)
            {
                return true;
            }

            if (current is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" })
            {
                return true;
            }
        }

        return false;
    }
}
