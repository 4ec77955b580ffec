using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Vault.Domain.People;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Hosting;

/// <summary>A Host whose public address differs from every address its callers claim.</summary>
public sealed class PublicAddressHost : SharingApiHost
{
    public const string PublicBaseUrl = "https://modular.example";

    public PublicAddressHost() => Settings["Modular:PublicBaseUrl"] = PublicBaseUrl;
}

/// <summary>
/// Link poisoning: whatever Host, X-Forwarded-Host and X-Forwarded-Proto a caller sends, every
/// link we show or send is built from <c>Modular:PublicBaseUrl</c>.
/// </summary>
public sealed class PublicLinksTests(PublicAddressHost host) : IClassFixture<PublicAddressHost>
{
    private const string Forged = "attacker.example";

    [Fact]
    public async Task A_download_link_made_on_the_page_and_its_email_use_the_public_address()
    {
        using var agent = await ForgedAgentAsync();
        var (folder, document) = await FolderWithDocumentAsync(agent);

        var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");
        var response = await agent.SubmitAsync(form, new Dictionary<string, string> { ["DocumentIds[0]"] = document.ToString(), ["RecipientEmail"] = "destinataire@example.fr" });
        var page = (await agent.FollowAsync(response)).Document;

        var shown = page.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value;
        Assert.StartsWith($"{PublicAddressHost.PublicBaseUrl}/l/", shown, StringComparison.Ordinal);
        var body = await EmailAsync("vault.download-link", "destinataire@example.fr");
        Assert.Contains(shown, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
        Assert.Contains("vous transmet 1 document par un lien", body, StringComparison.Ordinal);
        Assert.Matches(@"Il expire le \d{1,2} \S+ \d{4} à \d\d:\d\d \(heure de Paris\)\.", body);
    }

    [Fact]
    public async Task An_invitation_sent_from_the_person_page_links_to_the_public_address()
    {
        using var agent = await ForgedAgentAsync();
        var (folder, _) = await FolderWithDocumentAsync(agent);
        var email = InvitationAgent.Unique("invite");
        var person = await PersonAsync(folder, email);

        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{person}");
        var response = await agent.SubmitAsync(details, new Dictionary<string, string> { ["Comment"] = "Bienvenue." }, formAction: "handler=Invite");
        Assert.True(BrowserSession.IsRedirect(response), $"the invitation was refused: {(int)response.StatusCode}");

        var body = await EmailAsync("vault.invitation", email);
        Assert.Contains($"{PublicAddressHost.PublicBaseUrl}/invitation/", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_request_made_on_the_page_shows_and_emails_the_public_address()
    {
        using var agent = await ForgedAgentAsync();
        var (folder, _) = await FolderWithDocumentAsync(agent);
        var email = InvitationAgent.Unique("collecte");
        var person = await PersonAsync(folder, email);

        var (_, form) = await agent.GetAsync($"/Vault/People/Collect/{person}");
        var deadline = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await agent.SubmitAsync(form, new Dictionary<string, string> { ["FolderId"] = folder.ToString(), ["Deadline"] = deadline, ["Items[0]"] = "Carte d'identité" });
        var page = (await agent.FollowAsync(response)).Document;

        var shown = page.QuerySelector<IHtmlInputElement>("[data-testid=collect-url]")!.Value;
        Assert.StartsWith($"{PublicAddressHost.PublicBaseUrl}/depot/", shown, StringComparison.Ordinal);
        var body = await EmailAsync("vault.collection-request", email);
        Assert.Contains(shown, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_links_at_the_public_address_whatever_the_request_headers()
    {
        using var session = await ForgedAgentAsync();
        var (folder, document) = await FolderWithDocumentAsync(session);
        var person = await PersonAsync(folder, InvitationAgent.Unique("api"));
        using var api = await host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");

        using var link = await api.SendAsync(HttpMethod.Post, "/api/v1/vault/download-links", new { documentIds = new[] { document } }, ForgeHeaders);
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        var linkUrl = (await Tokens.JsonAsync(link)).GetProperty("url").GetString()!;
        Assert.StartsWith($"{PublicAddressHost.PublicBaseUrl}/l/", linkUrl, StringComparison.Ordinal);
        Assert.StartsWith($"{PublicAddressHost.PublicBaseUrl}/l/", link.Headers.Location!.ToString(), StringComparison.Ordinal);

        var deadline = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime).AddDays(10);
        using var collection = await api.SendAsync(HttpMethod.Post, "/api/v1/vault/collection-requests", new { folderId = folder, personId = person, items = new[] { "RIB" }, deadline }, ForgeHeaders);
        Assert.Equal(HttpStatusCode.Created, collection.StatusCode);
        Assert.StartsWith($"{PublicAddressHost.PublicBaseUrl}/depot/", (await Tokens.JsonAsync(collection)).GetProperty("url").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_shows_the_public_address()
    {
        using var visitor = new BrowserSession(host, Forged);
        visitor.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", Forged);
        var (_, page) = await visitor.GetAsync("/ApiReference");
        Assert.Contains($"{PublicAddressHost.PublicBaseUrl}/connect/token", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_discovery_document_names_the_public_address_as_issuer_whatever_the_host()
    {
        using var visitor = new BrowserSession(host, Forged);
        visitor.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", Forged);
        visitor.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");

        var discovery = await Tokens.JsonAsync(await visitor.Client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), BrowserSession.Ct));

        Assert.Equal($"{PublicAddressHost.PublicBaseUrl}/", discovery.GetProperty("issuer").GetString());
        Assert.Equal($"{PublicAddressHost.PublicBaseUrl}/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.DoesNotContain(Forged, discovery.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A forwarded host on the API (a forged Host or scheme would already fail the token's issuer
    /// check with 401: the pages above show those change no link either).
    /// </summary>
    private static void ForgeHeaders(HttpRequestMessage request) => request.Headers.TryAddWithoutValidation("X-Forwarded-Host", Forged);

    /// <summary>agent1 in a browser that claims to be reaching another site, through a "proxy" that says so too.</summary>
    private async Task<BrowserSession> ForgedAgentAsync()
    {
        var agent = new BrowserSession(host, Forged);
        agent.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", Forged);
        agent.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
        return agent;
    }

    private async Task<(Guid Folder, Guid Document)> FolderWithDocumentAsync(BrowserSession agent)
    {
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Liens publics"));
        var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.True(BrowserSession.IsRedirect(await VaultPagesTests.UploadAsync(agent, page, ("contrat.pdf", VaultPagesTests.Pdf(2000)))), "upload failed");
        await using var scope = host.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<VaultDbContext>().Documents.Where(d => d.FolderId == folder).Select(d => d.Id).SingleAsync(BrowserSession.Ct);
        return (folder, document);
    }

    private async Task<Guid> PersonAsync(Guid folder, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<VaultDbContext>();
        var organisationId = await vault.Folders.Where(f => f.Id == folder).Select(f => f.OrganisationId).SingleAsync(BrowserSession.Ct);
        var person = Person.Create(organisationId, "Cabinet Démo", new PersonDetails("Dupont", "Alain", null, email, null, null, null, null, null, null), Guid.NewGuid(), host.Time.GetUtcNow()).Value;
        vault.People.Add(person);
        await vault.SaveChangesAsync(BrowserSession.Ct);
        return person.Id;
    }

    private async Task<string> EmailAsync(string template, string recipient)
    {
        await host.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TextBody || HtmlBody FROM messages WHERE TemplateKey = $template AND RecipientAddress = $to";
        command.Parameters.AddWithValue("$template", template);
        command.Parameters.AddWithValue("$to", recipient);
        return (string?)await command.ExecuteScalarAsync(BrowserSession.Ct) ?? throw new InvalidOperationException($"no '{template}' message to {recipient}");
    }
}
