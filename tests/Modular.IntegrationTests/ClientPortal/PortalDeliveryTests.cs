using System.Security.Cryptography;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.ClientPortal.PortalApiCalls;

namespace Modular.IntegrationTests.ClientPortal;

/// <summary>
/// A new document leaves the portal too: a letter to a company on paper, with the PDF in the
/// envelope (the print queue), never to a paperless one; and a copy to the company's third party,
/// by email with the PDF attached or by post with the PDF enclosed, as the advisor sets it.
/// </summary>
public sealed class PortalDeliveryTests(PortalApiFixture fixture) : IClassFixture<PortalApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paper_company_gets_each_new_document_by_post_with_the_pdf_enclosed_and_a_paperless_one_never_does()
    {
        var system = await fixture.SystemAsync();
        var (berset, favre) = (await CompanyIdAsync(system, "Berset"), await CompanyIdAsync(system, "Favre"));
        var title = UniqueWord("Décompte");
        var pdf = Pdf(title, "Indemnités journalières d'octobre.");
        var onPaper = await PublishedIdAsync(await PublishAsync(system, berset, pdf, line: "IJM", type: "BenefitStatement", title: title, date: "2026-10-31", fileName: "decompte-octobre.pdf"));
        var paperless = await PublishedIdAsync(await PublishAsync(system, favre, Pdf(title, "Même texte.")));

        var letter = Assert.Single(await SentAsync(onPaper));
        Assert.Equal(("portal.document-letter", "Postal"), (letter.Template, letter.Channel));
        Assert.Equal("Transports Berset Sàrl\nChemin des Vignes 4\n1030 Bussigny\nSuisse", letter.Address);
        Assert.Contains($"{title}\nIJM · Décompte de prestations · document du 31 octobre 2026", letter.Text, StringComparison.Ordinal);
        Assert.Equal(("decompte-octobre.pdf", Sha256(pdf)), (letter.FileName, letter.BlobId));

        // Favre is paperless: only its third party's copy, by email with the PDF attached.
        var copy = Assert.Single(await SentAsync(paperless));
        Assert.Equal(("portal.document-copy", "Email", "fiduciaire.copies@demo.test"), (copy.Template, copy.Channel, copy.Address));
        Assert.Contains("Assurances Horizon a publié un nouveau document pour Menuiserie Favre SA", copy.Text, StringComparison.Ordinal);
        Assert.Equal("lettre.pdf", copy.FileName);

        // The back office prints the letter and what goes in its envelope: the very PDF published.
        using var admin = new BrowserSession(fixture.Host);
        await admin.SignInAsync("admin@demo.test");
        var row = await LetterRowAsync(admin, letter.Id);
        Assert.Contains("À glisser dans l'enveloppe avec le courrier (1) :", row.TextContent, StringComparison.Ordinal);
        var (_, print) = await admin.GetAsync($"/Admin/Notifications/Letters/Print?id={letter.Id}");
        var link = print.QuerySelector("[data-testid=letter-enclosures] [data-testid=enclosure-link]")!;
        Assert.Equal("decompte-octobre.pdf", link.TextContent);
        var download = await admin.Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative), Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));

        // Nobody but the back office opens it.
        using var advisor = new BrowserSession(fixture.Host);
        await advisor.SignInAsync("agent3@demo.test");
        var denied = await advisor.Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative), Ct);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, denied.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.Client.GetAsync(new Uri($"/Admin/Notifications/Messages/Enclosure?id={letter.Id}&index=1", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_advisor_sends_copies_by_post_to_a_third_party_and_each_wrong_address_says_why()
    {
        var system = await fixture.SystemAsync();
        var berset = await CompanyIdAsync(system, "Berset");
        using var advisor = new BrowserSession(fixture.Host);
        await advisor.SignInAsync("agent3@demo.test");
        var page = $"/Portal/Companies/Details/{berset}";
        var (_, details) = await advisor.GetAsync(page);
        var post = new Dictionary<string, string>
        {
            ["Delivery.Paperless"] = "false",
            ["Delivery.CopyKind"] = "post",
            ["Delivery.CopyName"] = "Fiduciaire Rochat SA",
            ["Delivery.CopyStreet"] = "Avenue de la Gare 10",
            ["Delivery.CopyPostalCode"] = "100",
            ["Delivery.CopyCity"] = "Lausanne",
        };

        var wrongCode = await BrowserSession.ParseAsync(await advisor.SubmitAsync(details, post, formAction: "handler=Delivery"));
        Assert.Equal(
            "Indiquez le nom, la rue, le numéro postal et la localité de l'adresse de copie (numéro postal suisse : 4 chiffres).",
            wrongCode.QuerySelector("[data-testid=delivery-copy-address-error]")!.TextContent);
        Assert.Equal("100", wrongCode.QuerySelector("[data-testid=delivery-copy-postal-code]")!.GetAttribute("value"));
        var noEmail = await BrowserSession.ParseAsync(await advisor.SubmitAsync(details, new Dictionary<string, string> { ["Delivery.Paperless"] = "false", ["Delivery.CopyKind"] = "email", ["Delivery.CopyEmail"] = " " }, formAction: "handler=Delivery"));
        Assert.Equal("L'adresse de copie n'est pas une adresse de courriel valide.", noEmail.QuerySelector("[data-testid=delivery-copy-error]")!.TextContent);
        Assert.Equal("aucune", noEmail.QuerySelector("[data-testid=company-copy]")!.TextContent);

        try
        {
            post["Delivery.CopyPostalCode"] = "1003";
            var (_, saved) = await advisor.FollowAsync(await advisor.SubmitAsync(details, post, formAction: "handler=Delivery"));
            Assert.Equal("Fiduciaire Rochat SA, Avenue de la Gare 10, 1003 Lausanne", saved.QuerySelector("[data-testid=company-copy]")!.TextContent);
            Assert.Equal("checked", saved.QuerySelector("[data-testid=delivery-copy-post]")!.GetAttribute("checked"));

            var pdf = Pdf(UniqueWord("Prise en charge"), "Texte.");
            var document = await PublishedIdAsync(await PublishAsync(system, berset, pdf));
            var sent = await SentAsync(document);
            Assert.Equal(2, sent.Count);
            var toCompany = Assert.Single(sent, m => m.Template == "portal.document-letter");
            var toThirdParty = Assert.Single(sent, m => m.Template == "portal.document-copy");
            Assert.StartsWith("Transports Berset Sàrl\n", toCompany.Address, StringComparison.Ordinal);
            Assert.Equal(("Postal", "Fiduciaire Rochat SA\nAvenue de la Gare 10\n1003 Lausanne\nSuisse"), (toThirdParty.Channel, toThirdParty.Address));
            Assert.Equal(Sha256(pdf), toThirdParty.BlobId);
        }
        finally
        {
            var (_, again) = await advisor.GetAsync(page);
            await advisor.SubmitAsync(again, new Dictionary<string, string> { ["Delivery.Paperless"] = "false", ["Delivery.CopyKind"] = "none" }, formAction: "handler=Delivery");
        }
    }

    /// <summary>The letter's row in the print queue, once the delivery worker has put it there.</summary>
    private static async Task<AngleSharp.Dom.IElement> LetterRowAsync(BrowserSession admin, Guid letterId)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (_, queue) = await admin.GetAsync("/Admin/Notifications/Letters");
            if (queue.QuerySelectorAll("[data-testid=letter-row]").SingleOrDefault(r => r.GetAttribute("data-message-id") == letterId.ToString()) is { } row)
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < until, "The letter never reached the print queue.");
            await Task.Delay(100, Ct);
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed record Sent(Guid Id, string Template, string Channel, string Address, string Text, string? FileName, string? BlobId);

    /// <summary>What Notifications stored for a document once every outbox is drained, with each message's first enclosure.</summary>
    private async Task<IReadOnlyList<Sent>> SentAsync(Guid documentId)
    {
        await fixture.Host.OutboxesDrainedAsync();
        await using var connection = await fixture.Host.OpenModuleDatabaseAsync("Notifications");
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m."Id", m."TemplateKey", m."Channel", m."RecipientAddress", m."TextBody", e."FileName", e."BlobId"
            FROM messages m LEFT JOIN message_enclosures e ON e."MessageId" = m."Id" AND e."Position" = 0
            WHERE m."AggregateId" = @document
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "document";
        parameter.Value = documentId.ToString();
        command.Parameters.Add(parameter);
        var sent = new List<Sent>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            sent.Add(new Sent(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return sent;
    }
}
