using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// Every message in the reader's language: an agent who chose English gets their notices in
/// English with the time in the product's zone (Europe/Paris), never "UTC"; an English page
/// sends English to outsiders and shows the journal in English.
/// </summary>
public sealed class EnglishMessagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    // Words only: names in the data (Cabinet Démo) keep their accents.
    private static readonly string[] French = ["Bonjour", " vous ", " votre ", " pour ", " le ", " la ", " du ", "UTC"];

    [Fact]
    public async Task An_english_agent_is_told_in_english_and_local_time_and_the_recipient_is_written_to_in_the_page_language()
    {
        using var agent = new BrowserSession(factory);
        await ExecuteAsync("identity.db", "UPDATE AspNetUsers SET PreferredLanguage = 'en' WHERE NormalizedEmail = 'AGENT2@DEMO.TEST'");
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent2@demo.test")), "sign-in failed");
        var folderName = VaultPagesTests.Unique("Claims");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, folderName);
        var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.True(BrowserSession.IsRedirect(await VaultPagesTests.UploadAsync(agent, page, ("claim.pdf", VaultPagesTests.Pdf(2000)))), "upload failed");

        var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}?culture=en-GB");
        var documentId = form.QuerySelector<IHtmlInputElement>("[data-testid=link-document]")!.Value;
        var created = (await agent.FollowAsync(await agent.SubmitAsync(form, new Dictionary<string, string>
        {
            ["DocumentIds[0]"] = documentId,
            ["Code"] = "246810",
            ["RecipientEmail"] = "english.recipient@example.org",
        }))).Document;
        var url = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value);

        using var recipient = new BrowserSession(factory);
        var (_, preview) = await recipient.GetAsync(url.AbsolutePath);
        var before = DateTimeOffset.UtcNow;
        await recipient.SubmitAsync(preview, new Dictionary<string, string> { ["Code"] = "246810" });

        var toRecipient = await EmailAsync("vault.download-link", "english.recipient@example.org");
        Assert.Contains("is sending you 1 document through", toRecipient, StringComparison.Ordinal);
        Assert.Matches(@"It expires on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d \(Paris time\)\.", toRecipient);
        Assert.All(French, word => Assert.DoesNotContain(word, toRecipient, StringComparison.Ordinal));

        var toAgent = await EmailAsync("vault.link-used", "agent2@demo.test");
        var paris = TimeZoneInfo.ConvertTime(before, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Contains(paris.ToString("d MMMM yyyy 'at' HH:", CultureInfo.GetCultureInfo("en-GB")), toAgent, StringComparison.Ordinal);
        Assert.Contains(" (Paris time) with the right code", toAgent, StringComparison.Ordinal);
        Assert.All(French, word => Assert.DoesNotContain(word, toAgent, StringComparison.Ordinal));
        Assert.Contains($"1 document of the folder \"{folderName}\" sent to english.recipient@example.org", toAgent, StringComparison.Ordinal);

        var (_, journal) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder) + "?culture=en-GB");
        var details = journal.QuerySelectorAll("[data-testid=journal-detail]").Select(d => d.TextContent).ToList();
        Assert.Contains("1 document for english.recipient@example.org", details);
        Assert.Contains("1 document", details);
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, database)};Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(BrowserSession.Ct));
    }

    private async Task<string> EmailAsync(string template, string recipient)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Subject || ' ' || TextBody FROM messages WHERE TemplateKey = $template AND RecipientAddress = $to";
        command.Parameters.AddWithValue("$template", template);
        command.Parameters.AddWithValue("$to", recipient);
        return (string?)await command.ExecuteScalarAsync(BrowserSession.Ct) ?? throw new InvalidOperationException($"no '{template}' message to {recipient}");
    }
}
