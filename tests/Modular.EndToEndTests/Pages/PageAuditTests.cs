using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.EndToEndTests.Vault;
using Modular.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Pages;

/// <summary>
/// Every page of the journeys, as each role sees it, at a desktop's width and a phone's: no
/// critical or serious accessibility violation (axe, WCAG 2 A and AA), RGAA's language, title and
/// heading criteria met (<see cref="CheckRgaaAsync"/>), and no page wider than the window. A
/// screenshot of each is kept with the run's artifacts. Visitors' pages (an invitation, a
/// collecting link, a download link) and an invited person's are reached as those people reach
/// them, from what an agent sent; the template editor is also seen showing a syntax error.
/// </summary>
public sealed partial class PageAuditTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private static readonly (int Width, int Height, string Name)[] Viewports = [(1280, 900, "desktop"), (390, 844, "phone")];

    /// <summary>A template whose sample values include a long address, so that its page shows whether they wrap.</summary>
    private const string TemplateEditor = "/Admin/Notifications/Templates/Edit?key=vault.collection-request&culture=fr";

    [Fact]
    public async Task Every_journey_page_has_no_serious_accessibility_violation_and_fits_a_phone()
    {
        var findings = new List<string>();
        var sent = await PrepareAsAgentAsync();

        await AuditAsync("visitor", null,
        [
            new("/"), new("/Identity/Account/Login"), new("/ApiReference"),
            new(sent.Invitation, Label: "/invitation/{token}"),
            new(sent.Invitation, "code accepted", page => EnterInvitationCodeAsync(page, sent.InvitationCode), "/invitation/{token}"),
            new(sent.Depot, Label: "/depot/{token}"), new(sent.DownloadLink, Label: "/l/{token}"),
        ], findings);

        // Before the invited person accepts: their page offers a reminder, the folder's page lists the grant waiting.
        await AuditAsync("agent", "agent1@demo.test",
        [
            new("/"), new("/Sharing/CaseFiles"), new($"/Sharing/CaseFiles/Details/{sent.CaseFile}"), new("/Sharing/ShareKeys"),
            new("/Vault"), new("/Vault/People"), new("/Vault/People/Edit"), new($"/Vault/People/Details/{sent.Person}"), new($"/Vault/People/Collect/{sent.Person}"),
            new($"/Vault/Folders/Details/{sent.Folder}"), new($"/Vault/Folders/Access/{sent.Folder}"), new($"/Vault/Folders/Link/{sent.Folder}"),
            new("/Vault/Links/Verify"), new("/Vault/Links/Verify", "refused", VerifyGarbledReceiptAsync),
            new("/Identity/Account/Manage"), new("/Identity/Account/Manage/TwoFactor"),
        ], findings);

        var guest = await AcceptInvitationAsync(sent);
        await AuditAsync("guest", guest.Email, [new("/Guest"), .. guest.Folders.Select(f => new Visit($"/Guest/Folders/{f}"))], findings);

        // The client portal's insurer side, and its public access form.
        var accessForm = await AccessFormAsync();
        await AuditAsync("advisor", "agent3@demo.test",
        [
            new("/Portal/Companies"), new("/Portal/Companies/Create"), new("/Portal/Companies/Create", "refused", CreateCompanyWithWrongUidAsync), new("/Portal/Requests"),
        ], findings);
        await AuditAsync("visitor", null, [new(accessForm, Label: "/Portal/Request/{insurer}"), new(accessForm, "refused", SubmitAccessRequestWithFreeMailAsync, "/Portal/Request/{insurer}")], findings);

        await AuditAsync("admin", "admin@demo.test",
        [
            new("/Admin"), new("/Admin/Users"), new("/Admin/Users/Create"), new("/Admin/ApiClients"), new("/Admin/Notifications/Messages"), new("/Admin/Notifications/Templates"),
            new(TemplateEditor), new(TemplateEditor, "preview", PreviewAsync), new(TemplateEditor, "syntax error", ShowSyntaxErrorAsync),
        ], findings);

        // The portfolio, as the firm's administrator: an establishment added by hand lands on its page, the seeding request offered.
        await AuditAsync("portfolio admin", "admin@demo.test",
        [
            new("/Portfolio"), new("/Portfolio/Deposit"), new("/Portfolio/Schedule"), new("/Portfolio/Establishments/Add"),
            new("/Portfolio/Establishments/Add", "added", AddEstablishmentAsync), new("/Portfolio/Establishments/Add", "refused", AddWrongSiretAsync),
            new("/Portfolio/Profiles"), new("/Portfolio/Profiles/Edit"), new("/Portfolio/Profiles/Edit", "refused", SaveEmptyProfileAsync),
        ], findings);

        // Mandates: the mandator's pages and forms refused, the mandatary's section from their link, the back office's queue.
        var mandateLink = await MandataryLinkAsync();
        var toSign = await DigitalMandateRequestAsync();
        await AuditAsync("mandator", "agent1@demo.test",
        [
            new("/Delegation"), new("/Delegation/Start"), new("/Delegation/Start", "refused", AnswerCommercialAgencyAsync),
            new("/Delegation/Request/Administrative"), new("/Delegation/Request/Administrative", "refused", SubmitEmptyMandateFormAsync),
            new(toSign, Label: "/Delegation/Sign/{id}"), new(toSign, "refused", SubmitNoSignatureFileAsync, "/Delegation/Sign/{id}"),
        ], findings);
        await AuditAsync("mandatary", null,
        [
            new(mandateLink, Label: "/mandat/{token}"), new(mandateLink, "refused", SubmitSharedAddressAsync, "/mandat/{token}"),
            new(mandateLink, "digital", ChooseDigitalSignatureAsync, "/mandat/{token}"),
        ], findings);
        await AuditAsync("mandate officer", "admin@demo.test", [new("/Delegation/Queue")], findings);

        Assert.True(findings.Count == 0, "Pages that fail:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    /// <summary>The insurer « Assurances Horizon »'s public access form, as its advisors' queue shows it.</summary>
    private async Task<string> AccessFormAsync()
    {
        var address = "";
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent3@demo.test");
            await page.GotoAsync("/Portal/Requests");
            address = new Uri((await page.GetByTestId("request-form-url").TextContentAsync())!).PathAndQuery;
        });
        return address;
    }

    /// <summary>A mandate request of agent1's, its mandatary's link read from maildev.</summary>
    private async Task<string> MandataryLinkAsync()
    {
        var email = $"audit.{Guid.NewGuid().ToString("N")[..6]}@cabinet-demo.test";
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await page.GotoAsync("/Delegation/Request/Professional");
            await page.GetByTestId("request-service").SelectOptionAsync("portfolio");
            await page.GetByTestId("request-mandatary-name").FillAsync("Audit Mandataire");
            await page.GetByTestId("request-link-email").FillAsync(email);
            await Delegation.DelegationJourneyTests.DrawAsync(page);
            await page.GetByTestId("request-submit").ClickAsync();
            await Expect(page.GetByTestId("status-message")).ToBeVisibleAsync();
        });
        var sent = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email) && VaultJourney.Mentions(e, "/mandat/"));
        return new Uri(MandateLink().Match(sent.GetProperty("text").GetString()!).Value).PathAndQuery;
    }

    /// <summary>A mandate request of agent1's to be signed digitally: the page that asks for its <c>.p7s</c>.</summary>
    private async Task<string> DigitalMandateRequestAsync()
    {
        var path = "";
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await page.GotoAsync("/Delegation/Request/Professional");
            await page.GetByTestId("request-service").SelectOptionAsync("portfolio");
            await page.GetByTestId("request-mandatary-name").FillAsync("Audit Signature Numérique");
            await page.GetByTestId("request-link-email").FillAsync($"audit.p7s.{Guid.NewGuid().ToString("N")[..6]}@cabinet-demo.test");
            await page.GetByTestId("signature-digital").CheckAsync();
            await page.GetByTestId("request-submit").ClickAsync();
            await Expect(page.GetByTestId("sign-document")).ToBeVisibleAsync();
            path = new Uri(page.Url).PathAndQuery;
        });
        return path;
    }

    private static async Task SubmitNoSignatureFileAsync(IPage page)
    {
        await page.GetByTestId("sign-submit").ClickAsync();
        await Expect(page.GetByTestId("validation-summary")).ToBeVisibleAsync();
    }

    private static async Task ChooseDigitalSignatureAsync(IPage page)
    {
        await page.GetByTestId("part-email").FillAsync($"audit.own.{Guid.NewGuid().ToString("N")[..6]}@cabinet-demo.test");
        await page.GetByTestId("signature-digital").CheckAsync();
        await page.GetByTestId("part-submit").ClickAsync();
        await Expect(page.GetByTestId("part-document")).ToBeVisibleAsync();
    }

    private static async Task AnswerCommercialAgencyAsync(IPage page)
    {
        await page.GetByTestId("kind-billing-agency").CheckAsync();
        await page.GetByTestId("agency-commercial").CheckAsync();
        await page.GetByTestId("decision-submit").ClickAsync();
        await Expect(page.GetByTestId("decision-refusal")).ToBeVisibleAsync();
    }

    private static async Task SubmitEmptyMandateFormAsync(IPage page)
    {
        await page.GetByTestId("request-submit").ClickAsync();
        await Expect(page.GetByTestId("request-service")).ToBeVisibleAsync();
        await Expect(page.Locator(".text-danger:not(:empty)").First).ToBeVisibleAsync();
    }

    private static async Task SubmitSharedAddressAsync(IPage page)
    {
        await page.GetByTestId("part-email").FillAsync("accueil@cabinet-demo.test");
        await page.GetByTestId("part-submit").ClickAsync();
        await Expect(page.Locator(".text-danger:not(:empty)").First).ToBeVisibleAsync();
    }

    private static async Task CreateCompanyWithWrongUidAsync(IPage page)
    {
        await page.GetByTestId("company-name").FillAsync("Boulangerie Audit SA");
        await page.GetByTestId("company-uid").FillAsync("CHE-109.322.552");
        await page.GetByTestId("create-company").ClickAsync();
        await Expect(page.GetByTestId("company-uid-error")).ToBeVisibleAsync();
    }

    private static async Task AddEstablishmentAsync(IPage page)
    {
        var siren = Sirens.Next();
        var siret = siren + Sirens.Nic(siren, 1);
        await page.GetByTestId("establishment-siret").FillAsync(siret);
        await page.GetByTestId("establishment-name").FillAsync("Boulangerie de l'Audit, établissement secondaire de la rue des Longs-Noms");
        await page.GetByTestId("due-Fifth").CheckAsync();
        await page.GetByTestId("establishment-partner").SelectOptionAsync("KLESIA");
        await page.GetByTestId("add-submit").ClickAsync();
        await Expect(page.GetByTestId("seeding-request")).ToBeVisibleAsync();
    }

    private static async Task AddWrongSiretAsync(IPage page)
    {
        await page.GetByTestId("establishment-siret").FillAsync("552 081 317 0001A");
        await page.GetByTestId("add-submit").ClickAsync();
        await Expect(page.GetByTestId("validation-summary")).ToBeVisibleAsync();

        // The error is announced: the summary has the focus, the field names its message.
        await Expect(page.GetByTestId("validation-summary")).ToBeFocusedAsync();
        var siret = page.GetByTestId("establishment-siret");
        await Expect(siret).ToHaveAttributeAsync("aria-invalid", "true");
        var described = (await siret.GetAttributeAsync("aria-describedby"))!.Split(' ');
        await Expect(page.Locator($"#{described[^1]}")).ToHaveClassAsync(new Regex("field-validation-error"));
    }

    private static async Task VerifyGarbledReceiptAsync(IPage page)
    {
        await page.GetByTestId("verify-receipt").FillAsync("eyJhbGciOiJSUzI1NiJ9.pas-un-accuse");
        await page.GetByTestId("verify-submit").ClickAsync();
        await Expect(page.GetByTestId("verify-error")).ToBeVisibleAsync();
    }

    private static async Task SaveEmptyProfileAsync(IPage page)
    {
        await page.GetByTestId("profile-save").ClickAsync();
        await Expect(page.GetByTestId("validation-summary")).ToBeVisibleAsync();
    }

    private static async Task SubmitAccessRequestWithFreeMailAsync(IPage page)
    {
        await page.GetByTestId("request-company").FillAsync("Boulangerie Audit SA");
        await page.GetByTestId("request-email").FillAsync("audit@gmail.com");
        await page.GetByTestId("request-submit").ClickAsync();
        await Expect(page.GetByTestId("request-uid-error")).ToBeVisibleAsync();
    }

    /// <summary>
    /// A page to audit: its address, what to do there first to show the state audited (a form
    /// posted, say), and how to name it when its address holds a secret.
    /// </summary>
    private sealed record Visit(string Path, string? State = null, Func<IPage, Task>? Reach = null, string? Label = null)
    {
        public string Name => State is null ? Label ?? Path : $"{Label ?? Path} ({State})";
    }

    /// <summary>Everything an agent sent that visitors open, and the agent's records of it.</summary>
    private sealed record Sent(
        string Folder, string DownloadLink, string CaseFile, string Person, string PersonEmail, string LastName, string Invitation, string InvitationCode, string Depot);

    /// <summary>An invited person with an account, and the folders they reach.</summary>
    private sealed record Guest(string Email, IReadOnlyList<string> Folders);

    private async Task AuditAsync(string role, string? email, IReadOnlyList<Visit> visits, List<string> findings)
    {
        foreach (var (width, height, name) in Viewports)
        {
            await using var session = await BrowserSession.OpenAsync(chromium, host);
            await session.RunAsync(async page =>
            {
                if (email is not null)
                {
                    await VaultJourney.SignInAsync(page, email);
                }

                // Signed in at a desktop's width (the phone's menu folds the account link away).
                await page.SetViewportSizeAsync(width, height);

                foreach (var visit in visits)
                {
                    var response = await page.GotoAsync(visit.Path);
                    if (response is null || !response.Ok)
                    {
                        findings.Add($"{role} {name} {visit.Name}: HTTP {response?.Status}");
                        continue;
                    }

                    if (visit.Reach is not null)
                    {
                        await visit.Reach(page);
                    }

                    await session.ScreenshotAsync($"{name}-{role}-{visit.Name}");
                    var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        var widest = await page.EvaluateAsync<string[]>(
                            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))",
                            width);
                        findings.Add($"{role} {name} {visit.Name}: {scrollWidth} px wide in a {width} px window, past it: {string.Join(", ", widest)}");
                    }

                    if (name == "desktop")
                    {
                        await CheckRgaaAsync(page, $"{role} {visit.Name}", findings);
                    }

                    // Not inside frames: a message's preview is a sandboxed frame that runs no script (axe
                    // could not be injected; Playwright would wait for it forever). The frame element is checked.
                    var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, Iframes = false });
                    foreach (var violation in axe.Violations.Where(v => v.Impact is "critical" or "serious"))
                    {
                        var targets = string.Join("; ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
                        findings.Add($"{role} {name} {visit.Name}: {violation.Impact} {violation.Id} ({violation.Nodes.Length}) at {targets}");
                    }
                }
            }, $"audit-{name}-{role}");
        }
    }

    /// <summary>
    /// RGAA's criteria axe does not judge: the page's language is declared and is the one it is
    /// written in (8.3, 8.4: French unless asked otherwise), its title says which page it is, not
    /// only the product's name (8.5, 8.6), and it is structured by headings from one main heading
    /// (9.1). Labels (11.1, 11.2) and contrast (3.2) are axe's <c>label</c> and <c>color-contrast</c> rules above.
    /// </summary>
    internal static async Task CheckRgaaAsync(IPage page, string where, List<string> findings)
    {
        var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        if (lang != "fr")
        {
            findings.Add($"{where}: <html lang=\"{lang}\"> on a French page (RGAA 8.3, 8.4)");
        }

        var title = (await page.TitleAsync()).Trim();
        var own = title.EndsWith("· Modular", StringComparison.Ordinal) ? title[..^"· Modular".Length].Trim() : title;
        if (own.Length == 0 || own.Equals("Modular", StringComparison.Ordinal))
        {
            findings.Add($"{where}: the title « {title} » does not say which page this is (RGAA 8.5, 8.6)");
        }

        var mainHeadings = await page.Locator("h1").CountAsync();
        if (mainHeadings != 1)
        {
            findings.Add($"{where}: {mainHeadings} main headings (h1), one expected (RGAA 9.1)");
        }
    }

    /// <summary>
    /// As agent1: a folder with a document and a download link emailed to a long address, a
    /// person with a long email address invited into the vault (the code to give by phone), given
    /// that folder and asked for documents, and a case file with a policy.
    /// </summary>
    private async Task<Sent> PrepareAsAgentAsync()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        var suffix = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
        var lastName = "Audit" + suffix;
        var email = $"prenom.nom-de-famille-{suffix}@exemple-de-domaine-assez-long.test";
        Sent? sent = null;
        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-name").FillAsync("Audit des pages " + suffix);
            await page.GetByTestId("create-folder").ClickAsync();
            await page.GetByTestId("upload-files").SetInputFilesAsync(
                [new FilePayload { Name = "attestation d'assurance habitation 2026.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Attestation") }]);
            await page.GetByTestId("upload-submit").ClickAsync();
            await Expect(page.GetByTestId("document-row")).ToHaveCountAsync(1);
            var folder = page.Url.Split('/')[^1].Split('?')[0];
            await page.GetByTestId("download-link").ClickAsync();
            await page.GetByTestId("link-document").Nth(0).CheckAsync();
            await page.GetByTestId("link-recipient").FillAsync("destinataire.tres.long.nom@exemple-de-domaine.test");
            await page.GetByTestId("link-create").ClickAsync();
            await Expect(page.GetByTestId("link-code-shown")).ToBeVisibleAsync();
            var downloadLink = await page.GetByTestId("link-url").InputValueAsync();

            await page.GotoAsync("/Sharing/CaseFiles/Create");
            await page.GetByTestId("client-last-name").FillAsync("Boulangerie-Pâtisserie " + lastName);
            await page.GetByTestId("client-first-name").FillAsync("Paul");
            await page.Locator("[name='Input.Client.Email']").FillAsync("comptabilite.boulangerie-patisserie@exemple-de-domaine-assez-long.test");
            await page.Locator("[name='Input.Client.Phone']").FillAsync("06 12 34 56 78");
            await page.Locator("[name='Input.Client.Address']").FillAsync("Zone artisanale des Quatre-Chemins, bâtiment C\n12 rue des Boulangers\n69003 Lyon");
            await page.Locator("[name='Input.Policies[0].Insurer']").FillAsync("Mutuelle d'assurance des artisans de France");
            await page.Locator("[name='Input.Policies[0].Number']").FillAsync("MRP-2026-000123456789-ARTISANS");
            await page.Locator("[name='Input.Policies[0].Product']").FillAsync("Multirisque professionnelle");
            await page.Locator("[name='Input.Policies[0].AnnualPremium']").FillAsync("1 842,60");
            await page.Locator("[name='Input.Notes']").FillAsync("Bilan 2024 attendu avant le renouvellement.");
            await page.GetByTestId("save-case").ClickAsync();
            await Expect(page).ToHaveURLAsync(CaseFilePage());
            var caseFile = page.Url.Split('/')[^1].Split('?')[0];

            await page.GotoAsync("/Vault/People/Edit");
            await page.GetByTestId("person-lastname").FillAsync(lastName);
            await page.GetByTestId("person-firstname").FillAsync("Marie-Bérénice");
            await page.GetByTestId("person-email").FillAsync(email);
            await page.GetByTestId("save-person").ClickAsync();
            await Expect(page).ToHaveURLAsync(PersonPage());
            var person = page.Url.Split('/')[^1].Split('?')[0];
            await page.GetByTestId("invite").ClickAsync();
            var code = InvitationCode().Match(await page.GetByTestId("invitation-channels").InnerTextAsync()).Groups["code"].Value;
            Assert.Matches("^[0-9]{6}$", code);

            // The audit's folder is opened to them for when they accept.
            await page.GotoAsync($"/Vault/Folders/Access/{folder}");
            await page.Locator("#q").FillAsync(lastName);
            await page.GetByTestId("search").ClickAsync();
            var found = page.GetByTestId("found-person").Filter(new() { HasText = lastName.ToUpperInvariant() });
            await found.GetByTestId("level").SelectOptionAsync("Write");
            await found.GetByTestId("grant").ClickAsync();
            await Expect(page.GetByTestId("grant-row").Filter(new() { HasText = lastName.ToUpperInvariant() })).ToHaveCountAsync(1);

            await page.GotoAsync($"/Vault/People/Collect/{person}");
            await page.GetByTestId("collect-item").Nth(0).FillAsync("Carte d'identité (recto et verso)");
            await page.GetByTestId("collect-item").Nth(1).FillAsync("Relevé d'identité bancaire");
            await page.GetByTestId("collect-deadline").FillAsync(DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByTestId("collect-message").FillAsync("Merci de déposer des copies lisibles, en PDF de préférence.");
            await page.GetByTestId("collect-submit").ClickAsync();
            var depot = await page.GetByTestId("collect-url").InputValueAsync();

            var invitation = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email) && VaultJourney.Mentions(e, "/invitation/"));
            var link = InvitationLink().Match(invitation.GetProperty("text").GetString()!);
            Assert.True(link.Success, "no invitation link in the email");
            sent = new Sent(folder, downloadLink, caseFile!, person, email, lastName, link.Value, code, depot);
        });
        return sent!;
    }

    /// <summary>The invited person accepts with a new account and drops a document on their home page; their folders follow.</summary>
    private async Task<Guest> AcceptInvitationAsync(Sent sent)
    {
        await using var guest = await BrowserSession.OpenAsync(chromium, host);
        var folders = new List<string>();
        await guest.RunAsync(async page =>
        {
            await page.GotoAsync(sent.Invitation);
            await EnterInvitationCodeAsync(page, sent.InvitationCode);
            var register = page.GetByTestId("invitation-register");
            await register.Locator("#Input_DisplayName").FillAsync($"Marie-Bérénice {sent.LastName}");
            await register.Locator("#Input_Password").FillAsync(VaultJourney.DemoPassword);
            await register.Locator("#Input_ConfirmPassword").FillAsync(VaultJourney.DemoPassword);
            await page.GetByTestId("invitation-create-account").ClickAsync();
            await Expect(page).ToHaveURLAsync(GuestFolderPage());
            await page.GetByTestId("upload-files").SetInputFilesAsync(
                new FilePayload { Name = "justificatif de domicile de moins de trois mois.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Justificatif") });
            await page.GetByTestId("upload-submit").ClickAsync();
            await Expect(page.GetByTestId("document-name")).ToHaveCountAsync(1);

            await page.GotoAsync("/Guest");
            foreach (var folder in await page.GetByTestId("shared-folder").AllAsync())
            {
                folders.Add((await folder.GetAttributeAsync("data-folder-id"))!);
            }
        });
        Assert.True(folders.Count >= 2, "the invited person should reach their home page and the audit's folder");
        return new Guest(sent.PersonEmail, folders);
    }

    private static async Task EnterInvitationCodeAsync(IPage page, string code)
    {
        await page.GetByTestId("invitation-code").FillAsync(code);
        await page.GetByTestId("invitation-submit").ClickAsync();
        await Expect(page.GetByTestId("invitation-verified")).ToBeVisibleAsync();
    }

    private static async Task PreviewAsync(IPage page)
    {
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("template-preview")).ToBeVisibleAsync();
    }

    /// <summary>A draft with a block left open and a quoted text left open, previewed: each error under its part, the parser's text unfolded.</summary>
    private static async Task ShowSyntaxErrorAsync(IPage page)
    {
        await page.Locator("#Subject").FillAsync("{{ organisation_name }} vous demande {{ \"des documents }}");
        var html = page.Locator("#HtmlBody");
        await html.FillAsync(await html.InputValueAsync() + "\n<p>{{ if deadline }}Date limite : {{ deadline }}</p>");
        await page.GetByTestId("preview").ClickAsync();
        await Expect(page.GetByTestId("part-error")).ToHaveCountAsync(2);
        foreach (var detail in await page.Locator("[data-testid=part-error-detail] summary").AllAsync())
        {
            await detail.ClickAsync();
        }
    }

    [GeneratedRegex(@"https?://\S+/mandat/[A-Za-z0-9_-]+")]
    private static partial Regex MandateLink();

    [GeneratedRegex("/Sharing/CaseFiles/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex CaseFilePage();

    [GeneratedRegex("/Vault/People/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex PersonPage();

    [GeneratedRegex("/Guest/Folders/[0-9a-fA-F-]{36}$")]
    private static partial Regex GuestFolderPage();

    [GeneratedRegex("code de validation à communiquer : (?<code>[0-9]{6})")]
    private static partial Regex InvitationCode();

    [GeneratedRegex(@"https?://[^\s""<>]+/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();
}
