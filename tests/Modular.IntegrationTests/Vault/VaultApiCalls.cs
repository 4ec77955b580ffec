using System.Net;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>An agent's folder, documents and links made through the API, for tests about what follows.</summary>
internal static class VaultApiCalls
{
    public const string Folders = "/api/v1/vault/folders";

    public const string Links = "/api/v1/vault/download-links";

    public static async Task<Guid> CreateFolderAsync(ApiCaller caller) =>
        (await ExpectAsync(await caller.PostAsync(Folders, new { name = "Dossier " + Guid.NewGuid().ToString("N")[..8], isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid[]> UploadAsync(ApiCaller caller, Guid folder, params (string Name, byte[] Bytes)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", name);
        }

        return [.. (await ExpectAsync(await caller.PostAsync($"{Folders}/{folder}/documents", content), HttpStatusCode.Created)).GetProperty("ids").EnumerateArray().Select(i => i.GetGuid())];
    }

    /// <summary>A link with the given code; its id and the token at the end of its address.</summary>
    public static async Task<(Guid Id, string Token)> CreateLinkAsync(ApiCaller caller, Guid[] documentIds, string code, string? recipient)
    {
        var created = await ExpectAsync(await caller.PostAsync(Links, new { documentIds, code, recipientEmail = recipient }), HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("url").GetString()!.Split("/l/")[1]);
    }
}
