using System.Net;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.ClientPortal;

/// <summary>A Host with the demo insurer « Assurances Horizon », its companies and client users.</summary>
public sealed class PortalHostFactory : ModularHostFactory
{
    public PortalHostFactory() => Settings["Modular:SeedDemoContent"] = "true";
}

/// <summary>
/// The portal through its pages: the advisor's companies and publishing, the client's documents with
/// search, and who reaches what (MFA first, one's own company only, the insurer's staff only).
/// </summary>
public sealed class PortalPagesTests(PortalHostFactory factory) : IClassFixture<PortalHostFactory>
{
    [Fact]
    public async Task An_advisor_creates_a_company_and_each_wrong_field_says_why_in_place()
    {
        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var (_, form) = await advisor.GetAsync("/Portal/Companies/Create");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Boulangerie Cuennet SA",
            ["Input.Uid"] = "CHE-109.322.552",
            ["Input.Street"] = "Rue de Lausanne 3",
            ["Input.PostalCode"] = "1700",
            ["Input.City"] = "Fribourg",
            ["Input.Contracts[0].Number"] = "IJM-9",
            ["Input.Contracts[0].AnnualPremium"] = "300'000",
            ["Input.Paperless"] = "true",
        };

        var wrongUid = await BrowserSession.ParseAsync(await advisor.SubmitAsync(form, fields));
        Assert.Equal("Ce numéro IDE n'existe pas : son dernier chiffre ne correspond pas au chiffre de contrôle. Vérifiez-le sur le registre IDE.", wrongUid.QuerySelector("[data-testid=company-uid-error]")!.TextContent);

        fields["Input.Uid"] = "che 213 784 665";
        fields["Input.Contracts[1].Number"] = "LAA-9";
        fields["Input.Contracts[1].AnnualPremium"] = "cent mille";
        var wrongPremium = await BrowserSession.ParseAsync(await advisor.SubmitAsync(wrongUid, fields));
        var premiumErrors = wrongPremium.QuerySelectorAll("[data-testid=contract-premium-error]").Select(e => e.TextContent).ToList();
        Assert.Equal(["", "La prime annuelle « cent mille » n'est pas un montant en francs (par exemple 120 000 ou 120000.50).", ""], premiumErrors);

        fields["Input.Contracts[1].AnnualPremium"] = "95 000,50";
        var created = await advisor.SubmitAsync(wrongPremium, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, details) = await advisor.FollowAsync(created);
        Assert.Equal("L'entreprise cliente a été créée.", details.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Equal("CHE-213.784.665", details.QuerySelector("[data-testid=company-uid]")!.TextContent);
        Assert.Equal("Volume de primes : 395\u202F000,50 CHF", details.QuerySelector("[data-testid=company-contracts] + p")!.TextContent);

        // The same UID again: refused, nothing created.
        var (_, again) = await advisor.GetAsync("/Portal/Companies/Create");
        var taken = await BrowserSession.ParseAsync(await advisor.SubmitAsync(again, fields));
        Assert.Contains("Une entreprise cliente porte déjà ce numéro IDE.", taken.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advisor_publishes_PDFs_from_the_company_page_and_a_file_that_is_not_a_PDF_is_refused_by_name()
    {
        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var (_, companies) = await advisor.GetAsync("/Portal/Companies?q=favre");
        var link = Assert.Single(companies.QuerySelectorAll("[data-testid=company-link]"));
        var (_, details) = await advisor.GetAsync(link.GetAttribute("href")!);
        var form = (IHtmlFormElement)details.QuerySelector("[data-testid=publish-form]")!;
        var word = PortalApiCalls.UniqueWord("Ostéopathie");

        using var content = new MultipartFormDataContent
        {
            { new StringContent(((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
            { new StringContent("Laa:CostReimbursement"), "Publish.Kind" },
            { new StringContent(""), "Publish.Title" },
            { new StringContent("2026-11-02"), "Publish.DocumentDate" },
            { new ByteArrayContent(PortalApiCalls.Pdf("Remboursement", "Séances d'" + word + ".")), "files", "remboursement-osteo.pdf" },
            { new ByteArrayContent("GIF89a not a pdf"u8.ToArray()), "files", "photo.pdf" },
        };
        var posted = await advisor.Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, BrowserSession.Ct);
        var (_, report) = await advisor.FollowAsync(posted);

        Assert.Contains("remboursement-osteo", report.QuerySelector("[data-testid=published]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("photo.pdf : Seuls les documents PDF sont publiés sur le portail : ce fichier n'est pas un PDF.", report.QuerySelector("[data-testid=publish-refused]")!.TextContent, StringComparison.Ordinal);

        // The client finds it by a word of its text, marked.
        using var client = new BrowserSession(factory);
        await client.SignInWithCodeAsync("client1@demo.test");
        var (_, found) = await client.GetAsync("/Portal?q=" + Uri.EscapeDataString(word.ToLowerInvariant().Replace("é", "e", StringComparison.Ordinal)));
        var item = Assert.Single(found.QuerySelectorAll("[data-testid=portal-document]"));
        Assert.Equal(word, item.QuerySelector("[data-testid=portal-excerpt] mark")!.TextContent);
        Assert.Equal("Nouveau", item.QuerySelector("[data-testid=portal-new]")!.TextContent);
        Assert.Equal("disponible encore 365 jours", item.QuerySelector("[data-testid=portal-days-left]")!.TextContent);

        var download = await client.Client.GetAsync(new Uri(item.QuerySelector("[data-testid=portal-download]")!.GetAttribute("href")!, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("remboursement-osteo.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var (_, after) = await client.GetAsync("/Portal?q=" + word);
        Assert.Null(after.QuerySelector("[data-testid=portal-new]"));
    }

    [Fact]
    public async Task A_client_writes_to_the_advisor_asks_to_go_back_to_paper_and_reads_the_reply_each_side_emailed()
    {
        var question = "Le décompte " + PortalApiCalls.UniqueWord("n") + " ne s'ouvre pas.";
        using var client = new BrowserSession(factory);
        await client.SignInWithCodeAsync("client1@demo.test");
        var (_, thread) = await client.GetAsync("/Portal/Messages");
        var empty = await BrowserSession.ParseAsync(await client.SubmitAsync(thread, new Dictionary<string, string> { ["Body"] = "  " }));
        Assert.Contains("Écrivez votre message (4000 caractères au plus).", empty.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);
        var (_, sent) = await client.FollowAsync(await client.SubmitAsync(empty, new Dictionary<string, string> { ["Body"] = question }));
        Assert.Equal("Message envoyé.", sent.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Contains(question, sent.QuerySelectorAll("[data-testid=thread-body]").Select(b => b.TextContent));
        Assert.Contains(await SentMessages.TextBodiesAsync(factory, "portal.message-to-advisor", "agent3@demo.test"), b => b.Contains(question, StringComparison.Ordinal));

        var (_, paper) = await client.FollowAsync(await client.SubmitAsync(sent, new Dictionary<string, string>(), formAction: "handler=Paper"));
        Assert.Equal("Votre demande de retour au papier est transmise à votre conseiller.", paper.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Contains(await SentMessages.TextBodiesAsync(factory, "portal.message-to-advisor", "agent3@demo.test"), b => b.Contains("souhaite recevoir à nouveau les documents par la poste", StringComparison.Ordinal));

        // The advisor reads the thread on the company's page, replies, and puts the company back on paper.
        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var (_, companies) = await advisor.GetAsync("/Portal/Companies?q=favre");
        var href = companies.QuerySelector("[data-testid=company-link]")!.GetAttribute("href")!;
        var (_, details) = await advisor.GetAsync(href);
        Assert.Contains(question, details.QuerySelectorAll("[data-testid=thread-body]").Select(b => b.TextContent));
        var reply = "Je vous le renvoie " + PortalApiCalls.UniqueWord("r") + ".";
        var (_, replied) = await advisor.FollowAsync(await advisor.SubmitAsync(details, new Dictionary<string, string> { ["Reply"] = reply }, formAction: "handler=Reply"));
        Assert.Contains(reply, replied.QuerySelectorAll("[data-testid=thread-body]").Select(b => b.TextContent));
        Assert.Contains(await SentMessages.TextBodiesAsync(factory, "portal.message-to-client", "client2@demo.test"), b => b.Contains(reply, StringComparison.Ordinal));

        var wrongCopy = await BrowserSession.ParseAsync(await advisor.SubmitAsync(replied, new Dictionary<string, string> { ["Delivery.Paperless"] = "false", ["Delivery.CopyKind"] = "email", ["Delivery.CopyEmail"] = "pas une adresse" }, formAction: "handler=Delivery"));
        Assert.Equal("L'adresse de copie n'est pas une adresse de courriel valide.", wrongCopy.QuerySelector("[data-testid=delivery-copy-error]")!.TextContent);
        var (_, onPaper) = await advisor.FollowAsync(await advisor.SubmitAsync(wrongCopy, new Dictionary<string, string> { ["Delivery.Paperless"] = "false", ["Delivery.CopyKind"] = "none", ["Delivery.CopyEmail"] = "" }, formAction: "handler=Delivery"));
        Assert.Equal("Papier", onPaper.QuerySelector("[data-testid=company-paper]")!.TextContent);

        // The client reads the reply; a paper company is offered no « retour au papier ».
        var (_, after) = await client.GetAsync("/Portal/Messages");
        Assert.Contains(reply, after.QuerySelectorAll("[data-testid=thread-body]").Select(b => b.TextContent));
        Assert.Null(after.QuerySelector("[data-testid=paper-form]"));
        await advisor.SubmitAsync(onPaper, new Dictionary<string, string> { ["Delivery.Paperless"] = "true", ["Delivery.CopyKind"] = "email", ["Delivery.CopyEmail"] = "fiduciaire.copies@demo.test" }, formAction: "handler=Delivery");
    }

    [Fact]
    public async Task The_portal_shows_no_document_before_two_factor_authentication()
    {
        Assert.Equal(1, await factory.ExecuteAsync("Identity", "UPDATE \"AspNetUsers\" SET \"TwoFactorEnabled\" = 0 WHERE \"NormalizedEmail\" = 'CLIENT2@DEMO.TEST'"));
        using var client = new BrowserSession(factory);
        await client.SignInAsync("client2@demo.test");

        var (response, page) = await client.GetAsync("/Portal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Activez l'authentification à deux facteurs pour accéder à vos documents.", page.QuerySelector("[data-testid=portal-mfa-required] p")!.TextContent);
        Assert.Equal("/Identity/Account/Manage/TwoFactor?returnUrl=%2FPortal", page.QuerySelector("[data-testid=portal-setup-mfa]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=portal-document]"));
    }

    [Fact]
    public async Task Only_the_insurers_staff_reach_its_companies_and_only_members_reach_the_portal()
    {
        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var (_, companies) = await advisor.GetAsync("/Portal/Companies?q=favre");
        var href = companies.QuerySelector("[data-testid=company-link]")!.GetAttribute("href")!;

        // An agent of another organisation: not found; a client: not an agent.
        using var otherAgent = new BrowserSession(factory);
        await otherAgent.SignInAsync("agent1@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgent.GetAsync(href)).Response.StatusCode);
        var (_, otherList) = await otherAgent.GetAsync("/Portal/Companies");
        Assert.Empty(otherList.QuerySelectorAll("[data-testid=company-row]"));

        using var client = new BrowserSession(factory);
        await client.SignInWithCodeAsync("client1@demo.test");
        var denied = await client.Client.GetAsync(new Uri(href, UriKind.Relative), BrowserSession.Ct);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        var (_, home) = await client.GetAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=nav-portal]"));
        Assert.Null(home.QuerySelector("[data-testid=nav-guest]")); // no vault is shared with them: no empty « Mes coffres partagés »
        Assert.Equal(["Portal"], home.QuerySelectorAll("[data-testid=module-card]").Select(c => c.GetAttribute("data-module")));

        // An outside account that reads no company's documents: no menu entry, no portal.
        using var outsider = new BrowserSession(factory);
        await outsider.SignInAsync("external@demo.test");
        var (_, outsiderHome) = await outsider.GetAsync("/");
        Assert.Null(outsiderHome.QuerySelector("[data-testid=nav-portal]"));
        Assert.NotNull(outsiderHome.QuerySelector("[data-testid=nav-guest]"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/Portal")).Response.StatusCode);
    }
}
