using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.ClientPortal;

/// <summary>
/// From an access request to a client user reading documents: the public form's rules (personal
/// address, premium volume, with the seed's sentences), the advisor's approval or refusal with their
/// emails, the single-use personal link, the account and MFA, and a client admin inviting colleagues.
/// </summary>
public sealed partial class PortalOnboardingTests(PortalHostFactory factory) : IClassFixture<PortalHostFactory>
{
    private const string NotPersonal = "Une adresse électronique personnelle est nécessaire pour l'inscription. Ne sont pas autorisées les adresses générales comme info@nomentreprise.ch ou les adresses avec des domaines privés comme @gmail.com, @hotmail.com ou @bluewin.ch.";

    [Theory]
    [InlineData("info@fromagerie.ch")]
    [InlineData("INFO@Fromagerie.ch")]
    [InlineData("  contact@fromagerie.ch ")]
    [InlineData("rh+portail@fromagerie.ch")]
    [InlineData("jean.dupont@gmail.com")]
    [InlineData("Jean.Dupont+x@Bluewin.CH")]
    [InlineData("jean@mail.hotmail.com")]
    public async Task A_role_or_free_mail_address_is_refused_with_the_seeds_sentence_and_nothing_is_kept(string email)
    {
        using var visitor = new BrowserSession(factory);
        var before = await RequestCountAsync();
        var page = await SubmitRequestAsync(visitor, RequestFields(email: email));

        Assert.Equal(NotPersonal, page.QuerySelector("[data-testid=request-email-error]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=request-sent]"));
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task A_premium_volume_under_the_threshold_or_not_a_number_or_a_wrong_UID_is_refused_at_once()
    {
        using var visitor = new BrowserSession(factory);
        var before = await RequestCountAsync();

        var ineligible = await SubmitRequestAsync(visitor, RequestFields(premium: "249'999.95"));
        Assert.Equal("L'offre s'adresse actuellement aux entreprises clientes avec un volume de primes à partir de 250\u202F000 francs, sur tous les contrats existants (IJM, LAA et LAAC) auprès de Assurances Horizon.", ineligible.QuerySelector("[data-testid=request-ineligible]")!.TextContent);

        var notANumber = await SubmitRequestAsync(visitor, RequestFields(premium: "beaucoup"));
        Assert.Equal("Le volume de primes « beaucoup » n'est pas un montant en francs (par exemple 320 000).", notANumber.QuerySelector("[data-testid=request-premium-error]")!.TextContent);

        var wrongUid = await SubmitRequestAsync(visitor, RequestFields(uid: "CHE-109.322.552"));
        Assert.StartsWith("Ce numéro IDE n'existe pas", wrongUid.QuerySelector("[data-testid=request-uid-error]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await RequestCountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/Portal/Request/{Guid.NewGuid()}")).Response.StatusCode);
    }

    [Fact]
    public async Task An_approved_request_for_a_new_company_creates_it_and_its_contact_joins_with_a_personal_link_then_MFA()
    {
        var email = $"nadia.{Guid.NewGuid():N}"[..16] + "@fromagerie-rey.ch";
        using var visitor = new BrowserSession(factory);
        var sent = await SubmitRequestAsync(visitor, RequestFields(email: email, uid: "CHE-106.397.825", company: "Fromagerie Rey SA"));
        Assert.NotNull(sent.QuerySelector("[data-testid=request-sent]"));
        Assert.Contains("Nous avons bien reçu votre demande d'accès au portail clientèle pour Fromagerie Rey SA.", Assert.Single(await SentMessages.TextBodiesAsync(factory, "portal.access-request-received", email)), StringComparison.Ordinal);

        // The advisor completes the new company and approves.
        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var details = await RequestPageAsync(advisor, "Fromagerie Rey SA");
        Assert.NotNull(details.QuerySelector("[data-testid=unknown-company]"));
        var prefilled = FormValues(details, "approve-form");
        Assert.Equal("Fromagerie Rey SA", prefilled["Company.Name"]);
        Assert.Equal("IJM-77.01", prefilled["Company.Contracts[0].Number"]);
        var incomplete = await BrowserSession.ParseAsync(await advisor.SubmitAsync(details, prefilled, formAction: "handler=Approve"));
        Assert.Contains("n'est pas un montant en francs", incomplete.Body!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0L, await factory.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM companies WHERE \"Uid\" = 'CHE-106.397.825'"));
        var approved = await advisor.SubmitAsync(incomplete, new Dictionary<string, string>(prefilled)
        {
            ["Company.Street"] = "Route de Bulle 8",
            ["Company.PostalCode"] = "1630",
            ["Company.City"] = "Bulle",
            ["Company.Contracts[0].AnnualPremium"] = "260'000",
            ["Company.Contracts[1].AnnualPremium"] = "80'000",
        }, formAction: "handler=Approve");
        var (_, company) = await advisor.FollowAsync(approved);
        Assert.Equal("Fromagerie Rey SA", company.QuerySelector("[data-testid=company-title]")!.TextContent);
        Assert.Equal("CHE-106.397.825", company.QuerySelector("[data-testid=company-uid]")!.TextContent);

        // The invitation's personal link: an account for the invited address, then joining.
        var link = InvitationLink(Assert.Single(await SentMessages.TextBodiesAsync(factory, "portal.invitation", email)));
        using var invited = new BrowserSession(factory);
        var (_, invitation) = await invited.GetAsync(link);
        Assert.Equal(email, ((IHtmlInputElement)invitation.QuerySelector("[data-testid=invitation-email]")!).Value);
        var registered = await invited.SubmitAsync(invitation, new Dictionary<string, string> { ["Input.Password"] = "Fromage-Passw0rd!", ["Input.ConfirmPassword"] = "Fromage-Passw0rd!" }, formAction: "handler=Register");
        var (_, signedIn) = await invited.FollowAsync(registered);
        var joined = await invited.SubmitAsync(signedIn, new Dictionary<string, string>(), formAction: "handler=Join");
        Assert.Equal("/Portal", joined.Headers.Location?.OriginalString);

        // No document before MFA; the link is spent.
        var (_, gate) = await invited.GetAsync("/Portal");
        Assert.NotNull(gate.QuerySelector("[data-testid=portal-mfa-required]"));
        Assert.Empty(gate.QuerySelectorAll("[data-testid=portal-document]"));
        using var other = new BrowserSession(factory);
        var (spent, spentPage) = await other.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, spent.StatusCode);
        Assert.Equal("Ce lien personnel a déjà été utilisé : connectez-vous avec votre adresse et votre mot de passe.", spentPage.QuerySelector("[data-testid=invitation-refusal]")!.TextContent);

        // With MFA enrolled, the company's (empty) portal shows.
        var (_, twoFactor) = await invited.GetAsync("/Identity/Account/Manage/TwoFactor");
        var started = await BrowserSession.ParseAsync(await invited.SubmitAsync(twoFactor, new Dictionary<string, string>(), formAction: "handler=Start"));
        var key = started.QuerySelector("[data-testid=mfa-key]")!.TextContent;
        await invited.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm");
        var (open, portal) = await invited.GetAsync("/Portal");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal("Fromagerie Rey SA", portal.QuerySelector("[data-testid=portal-company]")!.TextContent);
    }

    [Fact]
    public async Task A_refused_request_tells_the_requester_why_and_cannot_be_decided_twice()
    {
        var email = $"luc.{Guid.NewGuid():N}"[..20] + "@menuiserie-luc.ch";
        using var visitor = new BrowserSession(factory);
        await SubmitRequestAsync(visitor, RequestFields(email: email, uid: "CHE-102.354.863", company: "Menuiserie Luc Sàrl"));

        using var advisor = new BrowserSession(factory);
        await advisor.SignInAsync("agent3@demo.test");
        var details = await RequestPageAsync(advisor, "Menuiserie Luc Sàrl");
        var empty = await BrowserSession.ParseAsync(await advisor.SubmitAsync(details, new Dictionary<string, string> { ["Reason"] = " " }, formAction: "handler=Refuse"));
        Assert.Contains("Indiquez la raison du refus", empty.Body!.TextContent, StringComparison.Ordinal);

        var refused = await advisor.SubmitAsync(empty, new Dictionary<string, string> { ["Reason"] = "Aucun contrat LAA à ce numéro." }, formAction: "handler=Refuse");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Motif : Aucun contrat LAA à ce numéro.", Assert.Single(await SentMessages.TextBodiesAsync(factory, "portal.access-request-refused", email)), StringComparison.Ordinal);

        // The same form posted again (a second tab): already decided, nothing sent twice.
        var again = await BrowserSession.ParseAsync(await advisor.SubmitAsync(details, new Dictionary<string, string> { ["Reason"] = "Encore." }, formAction: "handler=Refuse"));
        Assert.Contains("Cette demande a déjà été traitée.", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Single(await SentMessages.TextBodiesAsync(factory, "portal.access-request-refused", email));
    }

    [Fact]
    public async Task A_client_admin_invites_a_colleague_by_a_personal_address_only_and_ends_their_access()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInWithCodeAsync("client1@demo.test");
        var (_, team) = await admin.GetAsync("/Portal/Team");
        var refused = await BrowserSession.ParseAsync(await admin.SubmitAsync(team, new Dictionary<string, string> { ["Input.DisplayName"] = "Compta", ["Input.Email"] = "compta@favre.ch" }, formAction: "handler=Invite"));
        Assert.Equal(NotPersonal, refused.QuerySelector("[data-testid=team-invite-email-error]")!.TextContent);

        var email = $"paul.{Guid.NewGuid():N}"[..18] + "@favre-menuiserie.ch";
        var invited = await admin.SubmitAsync(refused, new Dictionary<string, string> { ["Input.DisplayName"] = "Paul Favre", ["Input.Email"] = email }, formAction: "handler=Invite");
        var (_, after) = await admin.FollowAsync(invited);
        Assert.Contains(email, after.QuerySelector("[data-testid=team-pending]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await SentMessages.TextBodiesAsync(factory, "portal.invitation", email));

        // A user who is not the client admin neither invites nor manages.
        using var user = new BrowserSession(factory);
        await user.SignInWithCodeAsync("client2@demo.test");
        var (_, userTeam) = await user.GetAsync("/Portal/Team");
        Assert.Null(userTeam.QuerySelector("[data-testid=team-invite-form]"));
        Assert.Empty(userTeam.QuerySelectorAll("[data-testid=team-deactivate]"));
    }

    private static Dictionary<string, string> RequestFields(string email = "anne.meyer@fromagerie-meyer.ch", string premium = "320'000", string uid = "CHE-105.925.816", string company = "Fromagerie Meyer SA") => new()
    {
        ["Input.CompanyName"] = company,
        ["Input.Uid"] = uid,
        ["Input.Contracts[0].Number"] = "IJM-77.01",
        ["Input.Contracts[1].Number"] = "LAA-77.02",
        ["Input.PremiumVolume"] = premium,
        ["Input.FirstName"] = "Anne",
        ["Input.LastName"] = "Meyer",
        ["Input.Email"] = email,
        ["Input.Phone"] = "026 912 34 56",
    };

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> SubmitRequestAsync(BrowserSession visitor, Dictionary<string, string> fields)
    {
        var insurer = await factory.ScalarAsync<string>("Identity", "SELECT \"Id\" FROM \"Organisations\" WHERE \"Name\" = 'Assurances Horizon'");
        var (_, form) = await visitor.GetAsync($"/Portal/Request/{insurer}");
        return await BrowserSession.ParseAsync(await visitor.SubmitAsync(form, fields));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RequestPageAsync(BrowserSession advisor, string company)
    {
        var (_, queue) = await advisor.GetAsync("/Portal/Requests");
        var link = queue.QuerySelectorAll("[data-testid=request-link]").Single(a => a.TextContent == company);
        return (await advisor.GetAsync(link.GetAttribute("href")!)).Document;
    }

    /// <summary>What a browser would post from a form as shown: its inputs' values (checkboxes only when checked).</summary>
    private static Dictionary<string, string> FormValues(AngleSharp.Html.Dom.IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")!.QuerySelectorAll("input").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type != "checkbox" || i.IsChecked) && i.Name != "__RequestVerificationToken")
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Type == "checkbox" ? "true" : g.First().Value);

    private Task<long> RequestCountAsync() => factory.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM access_requests");

    private static string InvitationLink(string body) => new Uri(InvitationUrl().Match(body).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/Portal/Invitation/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationUrl();
}
