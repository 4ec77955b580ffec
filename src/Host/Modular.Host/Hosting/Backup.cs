using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Host.Hosting;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c> (ADR 0051): a copy of everything the Host
/// keeps, taken while it runs. Each module's SQLite database through SQLite's online backup (one
/// consistent snapshot per file, writers go on), then the data-protection keys and the blobs, which
/// are only ever added under their SHA-256 before the row that names them is committed, so every
/// blob a copied row names is there; and a manifest of every file's size and SHA-256. On PostgreSQL
/// the databases are the operator's <c>pg_dump</c>: the backup holds the keys and the blobs, and says
/// so. Restoring checks the whole manifest first and writes nothing unless every file is there and
/// unaltered, into a data folder that holds nothing yet.
/// </summary>
internal static class Backup
{
    public const string BackupCommand = "backup";

    public const string RestoreCommand = "restore";

    public const string ManifestName = "manifest.json";

    private const string DatabasesFolder = "databases";
    private const string KeysFolder = "keys";
    private const string BlobsFolder = "blobs";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<BackupManifest> TakeAsync(IServiceProvider services, string folder, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new StartupException($"The backup folder '{target}' is not empty: give a new folder, so that no earlier backup is mixed in.");
        }

        Directory.CreateDirectory(target);
        var data = services.GetRequiredService<IOptions<ModularDataOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = ModuleDatabase.ProviderOf(configuration);
        var started = DateTimeOffset.UtcNow;
        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.Combine(target, DatabasesFolder));
            foreach (var module in services.GetServices<ModuleDescriptor>().Select(m => m.Name).Distinct())
            {
                var source = ModuleDatabase.For(configuration, module);
                if (!File.Exists(SqliteConventions.DataSourceOf(source.ConnectionString)))
                {
                    continue;
                }

                await using var from = new SqliteConnection(new SqliteConnectionStringBuilder(source.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(target, DatabasesFolder, module.ToLowerInvariant() + ".db"), Pooling = false }.ToString());
                await from.OpenAsync(cancellationToken);
                await to.OpenAsync(cancellationToken);
                from.BackupDatabase(to);
            }
        }

        // After the databases: a blob is written before the row naming it commits, so it is older than its row.
        CopyTree(data.FullKeysDirectory, Path.Combine(target, KeysFolder));
        CopyTree(data.FullBlobDirectory, Path.Combine(target, BlobsFolder));
        var manifest = new BackupManifest(
            1,
            started,
            provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql (not included: pg_dump)",
            [.. Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path => Entry(target, path))]);
        await File.WriteAllTextAsync(Path.Combine(target, ManifestName), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        return manifest;
    }

    /// <summary>Every problem of the backup folder against its manifest: a missing, altered or unexpected file; none when it is whole.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string folder, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(folder);
        var manifestPath = Path.Combine(source, ManifestName);
        if (!File.Exists(manifestPath))
        {
            return [$"{ManifestName} is missing: '{source}' is not a backup, or not a whole one."];
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), Json);
        }
        catch (JsonException ex)
        {
            return [$"{ManifestName} cannot be read: {ex.Message}"];
        }

        if (manifest?.Files is not { } files)
        {
            return [$"{ManifestName} lists no file."];
        }

        var problems = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            listed.Add(file.Path);
            var path = Path.GetFullPath(Path.Combine(source, file.Path));
            if (!path.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                problems.Add($"{file.Path}: outside the backup folder.");
            }
            else if (!File.Exists(path))
            {
                problems.Add($"{file.Path}: missing.");
            }
            else if (Entry(source, path) is var found && (found.Bytes != file.Bytes || found.Sha256 != file.Sha256))
            {
                problems.Add($"{file.Path}: altered ({found.Bytes} bytes, SHA-256 {found.Sha256[..12]}…; the manifest says {file.Bytes} bytes, {file.Sha256[..Math.Min(12, file.Sha256.Length)]}…).");
            }
        }

        problems.AddRange(Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(source, path).Replace('\\', '/'))
            .Where(path => path != ManifestName && !listed.Contains(path))
            .Order(StringComparer.Ordinal)
            .Select(path => $"{path}: not in the manifest."));
        return problems;
    }

    /// <summary>Restores a whole backup into the configured data folder, which must hold none of its files; nothing is written when the backup is not whole.</summary>
    public static async Task<int> RestoreAsync(IServiceProvider services, string folder, CancellationToken cancellationToken = default)
    {
        var problems = await CheckAsync(folder, cancellationToken);
        if (problems.Count > 0)
        {
            throw new StartupException($"The backup '{Path.GetFullPath(folder)}' is not whole; nothing was restored:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }

        var source = Path.GetFullPath(folder);
        var data = services.GetRequiredService<IOptions<ModularDataOptions>>().Value;
        var configuration = services.GetRequiredService<IConfiguration>();
        var copies = new List<(string From, string To)>();
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(p => p != Path.Combine(source, ManifestName)))
        {
            var relative = Path.GetRelativePath(source, path);
            var parts = relative.Split(Path.DirectorySeparatorChar, 2);
            var to = parts[0] switch
            {
                DatabasesFolder => SqliteConventions.DataSourceOf(ModuleDatabase.For(configuration, Path.GetFileNameWithoutExtension(parts[1])).ConnectionString),
                KeysFolder => Path.Combine(data.FullKeysDirectory, parts[1]),
                BlobsFolder => Path.Combine(data.FullBlobDirectory, parts[1]),
                _ => throw new StartupException($"{relative}: not a file a backup holds."),
            };
            copies.Add((path, to));
        }

        if (copies.Where(c => File.Exists(c.To)).Select(c => c.To).FirstOrDefault() is { } existing)
        {
            throw new StartupException($"'{existing}' is already there: restore into a data folder that holds nothing yet (Modular:DataDirectory); nothing was restored.");
        }

        var written = new List<string>();
        try
        {
            foreach (var (from, to) in copies)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(from, to);
                written.Add(to);
            }
        }
        catch (IOException)
        {
            written.ForEach(File.Delete);
            throw;
        }

        return written.Count;
    }

    private static void CopyTree(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, path);
            if (relative.StartsWith(".tmp", StringComparison.Ordinal))
            {
                // A blob being written: not yet named by any row.
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Copy(path, target);
            }
            catch (FileNotFoundException)
            {
                // Purged since the listing began: its row was deleted first.
            }
        }
    }

    private static BackupFile Entry(string root, string path)
    {
        using var stream = File.OpenRead(path);
        return new BackupFile(Path.GetRelativePath(root, path).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}

/// <summary>What a backup holds: when it was taken, its databases, and every file with its size and SHA-256.</summary>
internal sealed record BackupManifest(int Version, DateTimeOffset TakenAt, string Databases, IReadOnlyList<BackupFile> Files);

internal sealed record BackupFile(string Path, long Bytes, string Sha256);
