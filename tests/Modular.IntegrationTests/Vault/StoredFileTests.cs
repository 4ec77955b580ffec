using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Storage;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// What a crash may leave in the blob store: a file cut short or gone is refused for that one
/// document with a message naming it (the others are served, the Host keeps running); the bytes of
/// an upload that never committed, and a partial write, are swept once older than the grace period,
/// while every blob a document holds stays.
/// </summary>
public sealed class StoredFileTests : IDisposable
{
    private readonly SharingApiHost _host = new();

    public StoredFileTests()
    {
        _host.Settings["Modular:Vault:OrphanSweepInterval"] = "00:00:01";
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_document_whose_file_was_cut_short_or_lost_is_refused_by_name_and_the_others_are_still_served()
    {
        using var agent = await _host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        var folder = (await ExpectAsync(await agent.PostAsync("/api/v1/vault/folders", new { name = "Après la panne", isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (cut, cutBytes) = await UploadAsync(agent, folder, "Bilan 2025.pdf");
        var (lost, _) = await UploadAsync(agent, folder, "Statuts.pdf");
        var (intact, intactBytes) = await UploadAsync(agent, folder, "Kbis.pdf");

        await using (var file = new FileStream(BlobPath(cutBytes), FileMode.Open, FileAccess.Write))
        {
            file.SetLength(cutBytes.Length / 2);
        }

        File.Delete(BlobPath((await ContentOf(agent, lost)).Bytes));

        var refused = await ExpectProblemAsync(await agent.GetAsync($"/api/v1/vault/documents/{cut}/content"), HttpStatusCode.InternalServerError, "document-damaged");
        Assert.Contains("« Bilan 2025.pdf » est endommagé sur le serveur", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ExpectProblemAsync(await agent.GetAsync($"/api/v1/vault/documents/{lost}/content"), HttpStatusCode.InternalServerError, "document-damaged");
        Assert.Equal(intactBytes, (await ContentOf(agent, intact)).Bytes);
        await ExpectAsync(await agent.GetAsync("/api/v1/vault/folders"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Blobs_no_document_holds_and_partial_writes_are_swept_after_the_grace_period_and_held_ones_stay()
    {
        using var agent = await _host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        var folder = (await ExpectAsync(await agent.PostAsync("/api/v1/vault/folders", new { name = "Balayage", isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (held, heldBytes) = await UploadAsync(agent, folder, "Contrat.pdf");

        // What a process killed between writing the bytes and committing the row leaves: a blob no
        // row holds; and what one killed mid-write leaves: a partial file.
        var store = _host.Services.GetRequiredService<IBlobStore>();
        var orphan = await store.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(3000)), Ct);
        var recent = await store.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(3000)), Ct);
        var partial = Path.Combine(_host.DataDirectory, "blobs", ".tmp", Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(partial, new byte[100], Ct);
        var twoHoursAgo = DateTime.UtcNow.AddHours(-2);
        foreach (var path in new[] { BlobPath(orphan.Id), BlobPath(heldBytes), partial })
        {
            File.SetLastWriteTimeUtc(path, twoHoursAgo);
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((File.Exists(BlobPath(orphan.Id)) || File.Exists(partial)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        Assert.False(File.Exists(BlobPath(orphan.Id)), "The orphan blob older than the grace period was not swept.");
        Assert.False(File.Exists(partial), "The partial write older than the grace period was not swept.");
        Assert.True(File.Exists(BlobPath(recent.Id)), "A blob within the grace period (an upload not yet committed) was swept.");
        Assert.Equal(heldBytes, (await ContentOf(agent, held)).Bytes);

        // An orphan stored again (the same bytes uploaded) is new again: the sweep keeps it.
        var again = await store.PutAsync(new MemoryStream(await File.ReadAllBytesAsync(BlobPath(recent.Id), Ct)), Ct);
        Assert.True(File.GetLastWriteTimeUtc(BlobPath(again.Id)) > DateTime.UtcNow.AddMinutes(-1));
    }

    private string BlobPath(byte[] content) => BlobPath(Convert.ToHexStringLower(SHA256.HashData(content)));

    private string BlobPath(string id) => Path.Combine(_host.DataDirectory, "blobs", id[..2], id);

    private static async Task<(Guid Id, byte[] Bytes)> UploadAsync(ApiCaller agent, Guid folder, string name)
    {
        var bytes = "%PDF-1.4\n"u8.ToArray().Concat(RandomNumberGenerator.GetBytes(5000)).Concat("\n%%EOF\n"u8.ToArray()).ToArray();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        var id = (await ExpectAsync(await agent.PostAsync($"/api/v1/vault/folders/{folder}/documents", content), HttpStatusCode.Created)).GetProperty("documents")[0].GetProperty("id").GetGuid();
        return (id, bytes);
    }

    private static async Task<(HttpStatusCode Status, byte[] Bytes)> ContentOf(ApiCaller agent, Guid document)
    {
        using var response = await agent.GetAsync($"/api/v1/vault/documents/{document}/content");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(Ct));
    }
}
