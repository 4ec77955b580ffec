using System.Net;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Delegation;

/// <summary>
/// « Signature numérique »: each party downloads the form's PDF as it stands and gives a detached
/// CMS signature (<c>.p7s</c>) of it, made here with certificates of our own. A signature of another
/// document, a tampered one, or one made with a certificate not valid today is refused and nothing
/// moves; a valid one is kept with the PDF it signs, so the back office can verify both again.
/// </summary>
public sealed class DigitalSignatureTests(DelegationFixture fixture) : IClassFixture<DelegationFixture>
{
    private const string Requests = "/api/v1/delegation/mandate-requests";

    [Fact]
    public async Task The_mandator_signs_the_forms_pdf_and_the_link_goes_out_only_then()
    {
        var unique = DelegationFixture.Unique();
        var (mandatorEmail, linkEmail) = ($"antoine.{unique}@cabinet-demo.test", $"claire.{unique}@cabinet-demo.test");
        var agent1 = await fixture.CallerAsync("agent1@demo.test");

        // A .p7s cannot come with the form: the PDF it signs does not exist yet.
        var early = DelegationFixture.Part("vault", linkEmail, mandatorEmail);
        early["signature"] = new { form = "Digital", content = Convert.ToBase64String([1, 2, 3]) };
        await ExpectProblemAsync(await agent1.PostAsync(Requests, early), HttpStatusCode.UnprocessableEntity, "signature-digital-no-document");

        var part = DelegationFixture.Part("vault", linkEmail, mandatorEmail);
        part["signature"] = new { form = "Digital" };
        var created = await ExpectAsync(await agent1.PostAsync(Requests, part), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("AwaitingMandatorSignature", created.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("mandatorSignature").ValueKind);
        Assert.Empty(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandatary-link", linkEmail));

        // The PDF to sign is the mandator's part, its signature to come as a .p7s; the same bytes each time.
        var document = await BytesAsync(await agent1.GetAsync($"{Requests}/{id}/document-to-sign"));
        Assert.Equal(document, await BytesAsync(await agent1.GetAsync($"{Requests}/{id}/document-to-sign")));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(document))
        {
            var text = pdf.GetPage(1).Text;
            Assert.Contains("Signature numérique : elle est dans le fichier .p7s qui accompagne ce", text, StringComparison.Ordinal);
            Assert.Contains(mandatorEmail, text, StringComparison.Ordinal);
        }

        var stranger = await fixture.CallerAsync("agent3@demo.test");
        await ExpectProblemAsync(await stranger.GetAsync($"{Requests}/{id}/document-to-sign"), HttpStatusCode.NotFound, "mandate-request-not-found");

        using var certificate = CmsSignatures.Valid($"CN=Antoine Agent {unique}, O=Cabinet Démo");
        using var expired = CmsSignatures.Certificate("CN=Antoine Agent, O=Ancien certificat", DateTimeOffset.UtcNow.AddYears(-3), DateTimeOffset.UtcNow.AddDays(-1));
        var valid = CmsSignatures.Sign(document, certificate);
        var tampered = valid.ToArray();
        tampered[^10] ^= 0xFF;
        await ExpectProblemAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = (string?)null }), HttpStatusCode.UnprocessableEntity, "signature-digital-required");
        await ExpectProblemAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = CmsSignatures.Sign([.. document, 0x20], certificate) }), HttpStatusCode.UnprocessableEntity, "signature-digital-invalid");
        await ExpectProblemAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = tampered }), HttpStatusCode.UnprocessableEntity, "signature-digital-invalid");
        var old = await ExpectProblemAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = CmsSignatures.Sign(document, expired) }), HttpStatusCode.UnprocessableEntity, "signature-certificate-expired");
        Assert.Contains("O=Ancien certificat", old.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ExpectProblemAsync(await stranger.PostAsync($"{Requests}/{id}/signature", new { content = valid }), HttpStatusCode.NotFound, "mandate-request-not-found");
        Assert.Equal("AwaitingMandatorSignature", (await ExpectAsync(await agent1.GetAsync($"{Requests}/{id}"), HttpStatusCode.OK)).GetProperty("state").GetString());
        Assert.Empty(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandatary-link", linkEmail));

        var signed = await ExpectAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = valid }), HttpStatusCode.OK);
        Assert.Equal("AwaitingMandatary", signed.GetProperty("state").GetString());
        Assert.Equal(("Digital", $"CN=Antoine Agent {unique}, O=Cabinet Démo"), (
            signed.GetProperty("mandatorSignature").GetProperty("form").GetString(), signed.GetProperty("mandatorSignature").GetProperty("signerSubject").GetString()));
        Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandatary-link", linkEmail));

        // Once only: the same signature again, or the PDF to sign, is refused.
        await ExpectProblemAsync(await agent1.PostAsync($"{Requests}/{id}/signature", new { content = valid }), HttpStatusCode.Conflict, "mandator-part-signed");
        await ExpectProblemAsync(await agent1.GetAsync($"{Requests}/{id}/document-to-sign"), HttpStatusCode.Conflict, "mandator-part-signed");

        // The form names the certificate.
        using var form = UglyToad.PdfPig.PdfDocument.Open(await BytesAsync(await agent1.GetAsync($"{Requests}/{id}/form")));
        Assert.Contains($"CN=Antoine Agent {unique}", form.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mandatary_signs_through_their_link_and_the_back_office_can_verify_both_files()
    {
        var unique = DelegationFixture.Unique();
        var (mandatorEmail, linkEmail, ownEmail) = ($"antoine.{unique}@cabinet-demo.test", $"claire.{unique}@cabinet-demo.test", $"c.martin.{unique}@cabinet-demo.test");
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var created = await ExpectAsync(await agent1.PostAsync(Requests, DelegationFixture.Part("sharing.case-files", linkEmail, mandatorEmail, $"Claire {unique}")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var path = await fixture.LinkAsync(linkEmail);

        using var browser = new BrowserSession(fixture.Host);
        var (_, part) = await browser.GetAsync(path);
        Assert.Null(part.QuerySelector("[data-testid=part-digital]"));

        // Before choosing the digital signature there is no PDF to sign.
        var (none, _) = await browser.GetAsync(path + "?handler=Document");
        Assert.Equal("text/html", none.Content.Headers.ContentType?.MediaType);

        var chose = await browser.SubmitAsync(part, new Dictionary<string, string> { ["Input.MandataryEmail"] = ownEmail, ["Signature.Form"] = "Digital" });
        Assert.Equal(HttpStatusCode.OK, chose.StatusCode);
        var digital = await BrowserSession.ParseAsync(chose);
        Assert.Contains(ownEmail, digital.QuerySelector("[data-testid=part-digital]")!.TextContent, StringComparison.Ordinal);

        var (download, _) = await browser.GetAsync(path + "?handler=Document");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var document = await download.Content.ReadAsByteArrayAsync(BrowserSession.Ct);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(document))
        {
            var text = pdf.GetPage(1).Text;
            Assert.Contains(ownEmail, text, StringComparison.Ordinal);
            Assert.Contains("Signature numérique : elle est dans le fichier .p7s", text, StringComparison.Ordinal);
        }

        using var certificate = CmsSignatures.Valid($"CN=Claire {unique}");
        var refused = await browser.SubmitFilesAsync(DigitalForm(digital), "P7s", [("formulaire.p7s", CmsSignatures.Sign("%PDF-1.7 autre"u8.ToArray(), certificate))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ne correspond pas au formulaire téléchargé", (await BrowserSession.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
        var empty = await browser.SubmitFilesAsync(DigitalForm(digital), "P7s", []);
        Assert.Contains("Déposez le fichier .p7s", (await BrowserSession.ParseAsync(empty)).QuerySelector("[data-testid=part-digital-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AwaitingMandatary", (await ExpectAsync(await agent1.GetAsync($"{Requests}/{id}"), HttpStatusCode.OK)).GetProperty("state").GetString());

        var p7s = CmsSignatures.Sign(document, certificate);
        var signed = await browser.SubmitFilesAsync(DigitalForm(digital), "P7s", [("formulaire.p7s", p7s)]);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("Votre section est signée", (await BrowserSession.ParseAsync(signed)).Body!.TextContent, StringComparison.Ordinal);
        var received = await ExpectAsync(await agent1.GetAsync($"{Requests}/{id}"), HttpStatusCode.OK);
        Assert.Equal(("AwaitingReview", ownEmail), (received.GetProperty("state").GetString(), received.GetProperty("mandataryEmail").GetString()));

        // The back office reads the certificate and downloads the .p7s and the PDF it signs: they verify.
        using var admin = new BrowserSession(fixture.Host);
        await admin.SignInWithCodeAsync("admin@demo.test");
        var (_, queue) = await admin.GetAsync("/Delegation/Queue");
        var row = queue.QuerySelectorAll("[data-testid=queue-row]").Single(e => e.TextContent.Contains($"Claire {unique}", StringComparison.Ordinal));
        Assert.Contains($"CN=Claire {unique}", row.QuerySelector("[data-testid=queue-certificate]")!.TextContent, StringComparison.Ordinal);
        var kept = await admin.Client.GetByteArrayAsync(new Uri(row.QuerySelector("[data-testid=queue-p7s]")!.GetAttribute("href")!, UriKind.Relative), BrowserSession.Ct);
        var signedDocument = await admin.Client.GetByteArrayAsync(new Uri(row.QuerySelector("[data-testid=queue-signed-document]")!.GetAttribute("href")!, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(p7s, kept);
        Assert.Equal(document, signedDocument);
        Assert.True(CmsSignatures.Verifies(signedDocument, kept));

        // The link is spent.
        using var later = new BrowserSession(fixture.Host);
        var (again, _) = await later.GetAsync(path);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static IHtmlFormElement DigitalForm(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("[data-testid=part-digital-form]")!;

    private static async Task<byte[]> BytesAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal((HttpStatusCode.OK, "application/pdf"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            return await response.Content.ReadAsByteArrayAsync(BrowserSession.Ct);
        }
    }
}
