using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// How every module uses the shared PostgreSQL database: its tables and its migrations history in
/// its own schema, and instants as <c>timestamp with time zone</c> in UTC.
/// </summary>
public static class PostgreSqlConventions
{
    public static DbContextOptionsBuilder UseModulePostgreSql(this DbContextOptionsBuilder options, string connectionString, string schema, string migrationsHistoryTable = "__ef_migrations")
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(migrationsHistoryTable, schema));
        options.AddInterceptors(DomainEventsInterceptor.Instance);
        return options;
    }

    /// <summary>PostgreSQL keeps instants in UTC: an instant with another offset is converted, never refused.</summary>
    public static void Apply(ModelConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
    }

    /// <summary>The server, database and schema, without the credentials, for messages that name them.</summary>
    public static string Describe(string connectionString, string schema)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (schema {schema})";
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
