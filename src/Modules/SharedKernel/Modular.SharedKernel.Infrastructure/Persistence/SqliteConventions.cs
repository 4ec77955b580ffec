using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// How every module opens its SQLite file: one file per module, foreign keys on, a busy timeout so
/// that concurrent writers wait instead of failing, and WAL so that readers never block writers.
/// </summary>
public static class SqliteConventions
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// The module's connection string: <c>ConnectionStrings:&lt;module&gt;</c> when configured,
    /// else <c>&lt;data directory&gt;/&lt;module&gt;.db</c>.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, string moduleName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(moduleName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var options = configuration.GetSection(ModularDataOptions.SectionName).Get<ModularDataOptions>() ?? new ModularDataOptions();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataDirectory, moduleName.ToLowerInvariant() + ".db"),
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
            Pooling = true,
        };
        return builder.ToString();
    }

    public static DbContextOptionsBuilder UseModuleSqlite(this DbContextOptionsBuilder options, string connectionString, string migrationsHistoryTable = "__ef_migrations")
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable));
        options.AddInterceptors(PragmaInterceptor.Instance, DomainEventsInterceptor.Instance);
        return options;
    }

    /// <summary>
    /// Model conventions every module context applies in ConfigureConventions: SQLite cannot compare
    /// or order DateTimeOffset text, so instants are stored as sortable 64-bit numbers.
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }

    /// <summary>
    /// Why a database file is cut short, or null: its header says how many pages it holds (valid when
    /// written by the last change), and the file is shorter than that, as a full disk, a copy stopped
    /// half-way or a damaged volume leaves it. Only when no write-ahead log is pending: a process killed
    /// during a checkpoint leaves pages that the log still holds, and SQLite completes them itself.
    /// </summary>
    public static string? CutShort(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        var wal = new FileInfo(path + "-wal");
        if (!file.Exists || file.Length == 0 || (wal.Exists && wal.Length > 0))
        {
            return null;
        }

        Span<byte> header = stackalloc byte[100];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                return $"the file is cut short ({file.Length} bytes, less than a database header)";
            }
        }

        if (!header[..16].SequenceEqual("SQLite format 3\0"u8))
        {
            return null; // not a database at all: SQLite's own error says so
        }

        var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        var pageSize = size == 1 ? 65_536L : size;
        var changeCounter = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        var pages = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var validFor = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        var expected = pages * pageSize;
        return pages > 0 && validFor == changeCounter && file.Length < expected
            ? $"the file is cut short ({file.Length} bytes of the {expected} its header announces); restore it from a backup"
            : null;
    }

    /// <summary>The file a SQLite connection string points at, for messages that name it.</summary>
    public static string DataSourceOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public static readonly PragmaInterceptor Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            // journal_mode is stored in the file; setting it again on an open connection is a no-op.
            command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }
    }
}
