using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Hosting;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// <c>backup</c> and <c>restore</c>: a backup taken while documents are being uploaded restores into
/// a fresh data folder where every document row has its blob, intact, and the Host starts on it; a
/// backup with a file missing, altered or added is refused whole, and nothing is written.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly SharingApiHost _host = new();
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        _host.Dispose();
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_taken_under_load_restores_every_document_with_its_blob_and_an_altered_one_is_refused()
    {
        using var agent1 = await _host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        var folder = (await ExpectAsync(await agent1.PostAsync("/api/v1/vault/folders", new { name = "Sauvegarde", isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var stop = new CancellationTokenSource();
        var uploaded = 0;
        var uploads = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var content = new MultipartFormDataContent { { new ByteArrayContent(Pdf()), "file", $"Relevé {uploaded}.pdf" } };
                await ExpectAsync(await agent1.PostAsync($"/api/v1/vault/folders/{folder}/documents", content), HttpStatusCode.Created);
                Interlocked.Increment(ref uploaded);
            }
        }, TestContext.Current.CancellationToken);
        while (Volatile.Read(ref uploaded) < 3 && !uploads.IsCompleted)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var backup = NewFolder();
        var manifest = await Backup.TakeAsync(_host.Services, backup, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await uploads;

        Assert.Empty(await Backup.CheckAsync(backup, TestContext.Current.CancellationToken));
        Assert.Equal("sqlite", manifest.Databases);
        Assert.Contains(manifest.Files, f => f.Path == "databases/vault.db");
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("keys/", StringComparison.Ordinal));

        // Restored into a fresh folder: every document row of the copy has its blob, and the Host starts on it.
        var restored = NewFolder();
        Assert.Equal(manifest.Files.Count, await Backup.RestoreAsync(Services(restored), backup, TestContext.Current.CancellationToken));
        var hashes = new List<string>();
        await using (var vault = new SqliteConnection($"Data Source={Path.Combine(restored, "vault.db")};Mode=ReadOnly;Pooling=False"))
        {
            await vault.OpenAsync(TestContext.Current.CancellationToken);
            await using var read = vault.CreateCommand();
            read.CommandText = "SELECT \"Sha256\" FROM documents";
            await using var rows = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await rows.ReadAsync(TestContext.Current.CancellationToken))
            {
                hashes.Add(rows.GetString(0));
            }
        }

        Assert.True(hashes.Count >= 3, $"{hashes.Count} documents in the copy");
        Assert.All(hashes, sha => Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(restored, "blobs", sha[..2], sha))))));
        using (var again = ModularHostFactory.Reusing(restored))
        {
            using var client = again.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }

        // Restoring twice into the same folder, or a backup altered, missing or added to: refused, nothing written.
        await Assert.ThrowsAsync<StartupException>(() => Backup.RestoreAsync(Services(restored), backup, TestContext.Current.CancellationToken));
        var blob = Path.Combine(backup, manifest.Files.First(f => f.Path.StartsWith("blobs/", StringComparison.Ordinal)).Path);
        var bytes = await File.ReadAllBytesAsync(blob, TestContext.Current.CancellationToken);
        bytes[^1] ^= 1;
        await File.WriteAllBytesAsync(blob, bytes, TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(backup, "databases", "sharing.db"));
        await File.WriteAllTextAsync(Path.Combine(backup, "blobs", "extra"), "x", TestContext.Current.CancellationToken);

        var problems = await Backup.CheckAsync(backup, TestContext.Current.CancellationToken);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("databases/sharing.db: missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(Path.GetRelativePath(backup, blob).Replace('\\', '/') + ": altered", StringComparison.Ordinal));
        Assert.Contains("blobs/extra: not in the manifest.", problems);
        var empty = NewFolder();
        var refused = await Assert.ThrowsAsync<StartupException>(() => Backup.RestoreAsync(Services(empty), backup, TestContext.Current.CancellationToken));
        Assert.Contains("nothing was restored", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty) && Directory.EnumerateFileSystemEntries(empty).Any());
    }

    [Fact]
    public async Task A_backup_goes_into_an_empty_folder_only_and_a_folder_without_manifest_is_no_backup()
    {
        var used = NewFolder();
        Directory.CreateDirectory(used);
        await File.WriteAllTextAsync(Path.Combine(used, "old.txt"), "earlier", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<StartupException>(() => Backup.TakeAsync(_host.Services, used, TestContext.Current.CancellationToken));
        Assert.Equal(["manifest.json is missing: '" + Path.GetFullPath(used) + "' is not a backup, or not a whole one."], await Backup.CheckAsync(used, TestContext.Current.CancellationToken));
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modular-tests", "backup-" + Guid.NewGuid().ToString("N"));
        _folders.Add(folder);
        return folder;
    }

    /// <summary>What the restore command reads of the Host's configuration: where the data folder is.</summary>
    private static ServiceProvider Services(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Modular:DataDirectory"] = dataDirectory }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.Configure<ModularDataOptions>(configuration.GetSection(ModularDataOptions.SectionName));
        return services.BuildServiceProvider();
    }

    private static byte[] Pdf() => Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << >> endobj\n% {Guid.NewGuid()}\ntrailer << >>\n%%EOF\n");
}
