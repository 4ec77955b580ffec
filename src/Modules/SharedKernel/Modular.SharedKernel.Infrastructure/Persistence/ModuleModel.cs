using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// What every module context applies to its model, whichever the provider: the provider's
/// conventions for instants, and on PostgreSQL the module's own schema (the one its migrations
/// history table is registered in, so that the two never differ).
/// </summary>
public static class ModuleModel
{
    public static void ConfigureConventions(DbContext context, ModelConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            PostgreSqlConventions.Apply(configuration);
        }
        else
        {
            SqliteConventions.Apply(configuration);
        }
    }

    public static void Configure(DbContext context, ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (context.Database.IsNpgsql() && PostgreSqlSchemaOf(context) is { } schema)
        {
            modelBuilder.HasDefaultSchema(schema);
        }
    }

#pragma warning disable EF1001 // The provider's options extension is where the registered history schema lives.
    /// <summary>The schema the context's PostgreSQL registration names (null on SQLite).</summary>
    public static string? PostgreSqlSchemaOf(IInfrastructure<IServiceProvider> context) =>
        context.GetService<IDbContextOptions>().FindExtension<NpgsqlOptionsExtension>()?.MigrationsHistoryTableSchema;
#pragma warning restore EF1001
}
