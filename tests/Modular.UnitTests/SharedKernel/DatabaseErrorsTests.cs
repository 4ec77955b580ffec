using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Npgsql;

namespace Modular.UnitTests.SharedKernel;

public sealed class DatabaseErrorsTests
{
    [Fact]
    public void A_SQLite_unique_violation_names_its_table()
    {
        var broken = new DbUpdateException("save failed", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: folders.OrganisationId, folders.NameKey'.", 19, 2067));

        Assert.True(DatabaseErrors.IsUniqueViolation(broken, out var table));
        Assert.Equal("folders", table);
    }

    [Fact]
    public void Other_constraint_failures_are_not_unique_violations()
    {
        var foreignKey = new DbUpdateException("save failed", new SqliteException("SQLite Error 19: 'FOREIGN KEY constraint failed'.", 19, 787));
        var notUnique = new DbUpdateException("save failed", new PostgresException("insert or update violates foreign key constraint", "ERROR", "ERROR", "23503"));

        Assert.False(DatabaseErrors.IsUniqueViolation(foreignKey, out _));
        Assert.False(DatabaseErrors.IsUniqueViolation(notUnique, out _));
        Assert.True(DatabaseErrors.IsUniqueViolation(new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")), out _));
    }

    [Fact]
    public void A_database_out_of_reach_is_told_apart_from_a_fault()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused);
        var shutdown = new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01");

        Assert.True(DatabaseErrors.IsUnavailable(refused));
        Assert.True(DatabaseErrors.IsUnavailable(wrapped));
        Assert.True(DatabaseErrors.IsUnavailable(shutdown));
        Assert.False(DatabaseErrors.IsUnavailable(new PostgresException("syntax error", "ERROR", "ERROR", "42601")));
        Assert.False(DatabaseErrors.IsUnavailable(new InvalidOperationException("a bug")));
    }
}
