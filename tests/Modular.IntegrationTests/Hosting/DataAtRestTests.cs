using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Tests.Shared;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// Databases, documents and keys are readable by the Host's account only: another local user reads
/// nothing, after the first start and after a start on a folder an older version left open.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataAtRestTests
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task After_the_first_start_and_an_upload_nothing_is_readable_by_group_or_others()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "modular-modes-" + Guid.NewGuid().ToString("N"));
        await using (var host = ModularHostFactory.Reusing(dataDirectory))
        {
            using var agent = new BrowserSession(host);
            Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
            var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Modes"));
            var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
            Assert.True(BrowserSession.IsRedirect(await VaultPagesTests.UploadAsync(agent, page, ("contrat.pdf", VaultPagesTests.Pdf(1200)))), "upload failed");

            // A download link's code is hashed with the key in keys/vault-codes.key, made on first use.
            Guid document;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                document = await scope.ServiceProvider.GetRequiredService<VaultDbContext>().Documents.Where(d => d.FolderId == folder).Select(d => d.Id).SingleAsync(BrowserSession.Ct);
            }

            var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");
            var link = await agent.SubmitAsync(form, new Dictionary<string, string> { ["DocumentIds[0]"] = document.ToString(), ["RecipientEmail"] = "destinataire@example.fr" });
            Assert.Contains("Code à transmettre", (await BrowserSession.ParseAsync(link)).Body!.TextContent, StringComparison.Ordinal);
            await host.OutboxesDrainedAsync();
        }

        AssertOwnerOnly(dataDirectory);
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(dataDirectory, "blobs"), "*", SearchOption.AllDirectories), _ => true);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "keys", "vault-codes.key")));

        // A folder left open (as by an older version) is closed again at the next start.
        foreach (var entry in Directory.EnumerateFileSystemEntries(dataDirectory, "*", SearchOption.AllDirectories).Append(dataDirectory))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? (UnixFileMode)Convert.ToInt32("755", 8) : (UnixFileMode)Convert.ToInt32("644", 8));
        }

        await using (var again = ModularHostFactory.Reusing(dataDirectory))
        {
            using var client = again.CreateClient();
        }

        Assert.Equal(OwnerFolder, File.GetUnixFileMode(dataDirectory));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(Path.Combine(dataDirectory, "keys")));
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(Path.Combine(dataDirectory, "blobs")));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(Path.Combine(dataDirectory, "identity.db")));
        Assert.Equal(OwnerFile, File.GetUnixFileMode(Path.Combine(dataDirectory, "keys", "vault-codes.key")));
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static void AssertOwnerOnly(string dataDirectory)
    {
        var open = Directory.EnumerateFileSystemEntries(dataDirectory, "*", SearchOption.AllDirectories).Append(dataDirectory)
            .Where(entry => (File.GetUnixFileMode(entry) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0)
            .Select(entry => $"{Path.GetRelativePath(dataDirectory, entry)} {File.GetUnixFileMode(entry)}")
            .ToList();
        Assert.True(open.Count == 0, "readable by group or others: " + string.Join(", ", open));
    }
}
