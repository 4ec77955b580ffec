using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// The real Host on Kestrel at a loopback port, reached over real HTTP, with a vault whose files may
/// weigh 4 Mio: ten of them per request make more than Kestrel's default request body limit, which
/// only the upload endpoint raises. The API client demo-partner may upload into one folder.
/// </summary>
public sealed class KestrelVaultHost : IAsyncLifetime
{
    public const int MaxFileBytes = 4 * 1024 * 1024;
    private readonly KestrelFactory _factory = new();

    public HttpClient Client { get; private set; } = null!;

    public Guid FolderId { get; private set; }

    public string DataDirectory => _factory.DataDirectory;

    public async ValueTask InitializeAsync()
    {
        _factory.Settings["Modular:Vault:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await Task.Run(_factory.StartServer, TestContext.Current.CancellationToken);

        Client = new HttpClient { BaseAddress = _factory.Address, Timeout = TimeSpan.FromMinutes(2) };
        var token = await Tokens.ClientCredentialsAsync(Client, "vault.read vault.write");
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // The partner's folder, granted Write as an agent would on the access page.
        var me = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative), TestContext.Current.CancellationToken);
        var organisationId = me.GetProperty("organisationId").GetGuid();
        var now = DateTimeOffset.UtcNow;
        using var scope = _factory.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IVaultRepository>();
        var folder = Folder.Create(organisationId, "Dépôts du partenaire", isPublic: false, Guid.NewGuid(), now).Value;
        repository.Add(folder);
        var partner = await AdminActions.ApplicationIdAsync(_factory, "demo-partner");
        repository.Add(AccessGrant.ForClient(organisationId, folder.Id, partner, AccessLevel.Write, Guid.NewGuid(), now));
        Assert.True((await repository.SaveChangesAsync(TestContext.Current.CancellationToken)).IsSuccess);
        FolderId = folder.Id;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class KestrelFactory : ModularHostFactory
    {
        public Uri? Address { get; private set; }

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Address = new Uri(addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)) + "/");
            return host;
        }
    }
}

/// <summary>
/// Request body limits as Kestrel enforces them (the test server enforces none): the upload endpoint
/// takes up to ten files of the vault's limit and answers a file over it with the product's own
/// refusal; every other endpoint keeps Kestrel's default.
/// </summary>
public sealed class KestrelUploadLimitTests(KestrelVaultHost host) : IClassFixture<KestrelVaultHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static long KestrelDefault => new KestrelServerOptions().Limits.MaxRequestBodySize!.Value;

    private string Upload => $"/api/v1/vault/folders/{host.FolderId}/documents";

    [Fact]
    public async Task Files_under_the_limit_go_through_even_when_the_request_is_over_kestrels_default()
    {
        var files = Enumerable.Range(0, 8).Select(i => ($"Liasse {i}.pdf", Pdf(KestrelVaultHost.MaxFileBytes - 1024, seed: i))).ToArray();
        using var content = Files(files);
        await content.LoadIntoBufferAsync(Ct);
        Assert.True(content.Headers.ContentLength > KestrelDefault, "the request must be over Kestrel's default limit to show it raised");

        using var response = await host.Client.PostAsync(new Uri(Upload, UriKind.Relative), content, Ct);

        var body = await ApiCaller.ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(8, body.GetProperty("ids").GetArrayLength());
        var stored = await ListedAsync();
        foreach (var (name, bytes) in files)
        {
            Assert.Contains(stored.EnumerateArray(), d => d.GetProperty("name").GetString() == name && d.GetProperty("size").GetInt64() == bytes.Length);
        }
    }

    [Fact]
    public async Task A_file_just_over_the_limit_gets_the_products_refusal_and_nothing_is_stored()
    {
        var before = (await ListedAsync()).GetArrayLength();
        var blobsBefore = BlobFiles();
        using var content = Files(("Scan trop lourd.pdf", Pdf(KestrelVaultHost.MaxFileBytes + 1, seed: 99)));

        using var response = await host.Client.PostAsync(new Uri(Upload, UriKind.Relative), content, Ct);

        var problem = await ApiCaller.ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large");
        Assert.Equal(KestrelVaultHost.MaxFileBytes, problem.GetProperty("maxBytes").GetInt64());
        Assert.Equal("Scan trop lourd.pdf", problem.GetProperty("file").GetString());
        Assert.Equal(before, (await ListedAsync()).GetArrayLength());
        Assert.Equal(blobsBefore, BlobFiles());
    }

    [Fact]
    public async Task A_large_body_to_another_endpoint_is_refused_by_kestrels_default_limit()
    {
        var foldersBefore = await FolderCountAsync();
        var name = new string('x', (int)KestrelDefault + 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/vault/folders", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name, isPublic = false }),
        };
        await request.Content.LoadIntoBufferAsync(Ct);

        // Kestrel answers before reading a body it refuses and closes the connection: a client that
        // keeps sending gets a broken pipe. Asking first (Expect: 100-continue) lets it read the answer.
        request.Headers.ExpectContinue = true;
        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(foldersBefore, await FolderCountAsync());
    }

    private async Task<JsonElement> ListedAsync() =>
        await host.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/vault/folders/{host.FolderId}/documents", UriKind.Relative), Ct);

    private async Task<int> FolderCountAsync() =>
        (await host.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/vault/folders", UriKind.Relative), Ct)).GetArrayLength();

    /// <summary>Every file of the blob store, its temporary files included.</summary>
    private string[] BlobFiles()
    {
        var root = Path.Combine(host.DataDirectory, "blobs");
        return !Directory.Exists(root) ? [] : [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", name);
        }

        return content;
    }

    private static byte[] Pdf(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
