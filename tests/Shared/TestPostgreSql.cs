using Npgsql;

namespace Modular.Tests.Shared;

/// <summary>
/// The PostgreSQL server the tests use: the one <c>MODULAR_TEST_POSTGRESQL</c> names (build/test.sh
/// starts a throwaway cluster and sets it). Each Host under test gets a database of its own.
/// </summary>
public static class TestPostgreSql
{
    public const string Variable = "MODULAR_TEST_POSTGRESQL";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{Variable} is not set: run build/test.sh, which starts a throwaway PostgreSQL, or set it to a server's connection string (Host=…;Port=…;Username=…).");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "modular_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 40 }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
