using AngleSharp.Html.Dom;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Contracts.Account;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// The language an account keeps: chosen with the language switch or when accepting an
/// invitation, followed by pages on any browser the person signs in with, read by other modules
/// to write to the person.
/// </summary>
public sealed class PreferredLanguageTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Switching_language_while_signed_in_is_stored_on_the_account()
    {
        Assert.Equal("fr", await PreferredLanguageAsync("agent2@demo.test"));
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent2@demo.test");

        await SwitchAsync(browser, "en-GB");
        Assert.Equal("en", await PreferredLanguageAsync("agent2@demo.test"));

        await SwitchAsync(browser, "fr-FR");
        Assert.Equal("fr", await PreferredLanguageAsync("agent2@demo.test"));
    }

    [Fact]
    public async Task A_forged_language_is_ignored_and_never_stored()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("admin@demo.test");
        await SwitchAsync(browser, "en-GB");

        foreach (var forged in new[] { "de-DE", "EN", "xx\"><script>", "" })
        {
            var response = await SwitchAsync(browser, forged);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)), forged);
        }

        Assert.Equal("en", await PreferredLanguageAsync("admin@demo.test"));
        var (_, home) = await browser.GetAsync("/");
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_anonymous_switch_changes_the_pages_but_no_account()
    {
        // Other tests of this class switch accounts to English: compare before and after.
        const string Languages = "SELECT group_concat(Id || PreferredLanguage) FROM (SELECT Id, PreferredLanguage FROM AspNetUsers ORDER BY Id)";
        var before = await AdminActions.QueryIdentityAsync<string>(factory, Languages);
        using var browser = new BrowserSession(factory);
        await SwitchAsync(browser, "en-GB");

        var (_, home) = await browser.GetAsync("/");

        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(before, await AdminActions.QueryIdentityAsync<string>(factory, Languages));
    }

    [Fact]
    public async Task Signing_in_on_a_fresh_browser_gives_the_pages_in_the_account_language()
    {
        using (var first = new BrowserSession(factory))
        {
            await first.SignInAsync("agent1@demo.test");
            await SwitchAsync(first, "en-GB");
        }

        using var fresh = new BrowserSession(factory);
        var (_, before) = await fresh.GetAsync("/Identity/Account/Login");
        Assert.Equal("fr", before.DocumentElement.GetAttribute("lang"));

        var (_, home) = await fresh.FollowAsync(await fresh.SignInAsync("agent1@demo.test"));

        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hello Antoine Agent", home.QuerySelector("[data-testid=welcome]")?.TextContent);
    }

    [Fact]
    public async Task An_account_made_on_invitation_acceptance_keeps_the_language_it_was_made_in()
    {
        var email = InvitationAgent.Unique("english");
        var invitation = await InvitationAgent.InviteAsync(factory, "Smith", email);
        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        await guest.SubmitAsync(page, new Dictionary<string, string> { ["returnUrl"] = invitation.Path }, formAction: "/culture", submitName: "culture", submitValue: "en-GB");
        (_, page) = await guest.GetAsync(invitation.Path);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));

        var verified = await BrowserSession.ParseAsync(await guest.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = invitation.Code }));
        var registered = await guest.SubmitAsync(verified, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Alain Smith",
            ["Input.Password"] = BrowserSession.DemoPassword,
            ["Input.ConfirmPassword"] = BrowserSession.DemoPassword,
        }, formAction: "handler=Register");

        Assert.True(BrowserSession.IsRedirect(registered), (await BrowserSession.ParseAsync(registered)).Body?.TextContent);
        Assert.Equal("en", await PreferredLanguageAsync(email));
    }

    [Fact]
    public async Task Other_modules_read_a_persons_contact_without_anyone_signed_in()
    {
        // As a background consumer does: a scope of its own, no HTTP request, no signed-in user.
        // (Asking for the services starts the Host, whose first start makes the databases.)
        await using var scope = factory.Services.CreateAsyncScope();
        var userId = Guid.Parse(await AdminActions.QueryIdentityAsync<string>(factory, "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'EXTERNAL@DEMO.TEST'"));

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var contact = await mediator.Send(new GetAccountContactQuery(userId), BrowserSession.Ct);
        var unknown = await mediator.Send(new GetAccountContactQuery(Guid.NewGuid()), BrowserSession.Ct);
        var mine = await mediator.Send(new GetMyAccountQuery(), BrowserSession.Ct);

        Assert.True(contact.IsSuccess, contact.Error?.Message);
        Assert.Equal(new AccountContactDto(userId, "external@demo.test", "Élise Externe", "fr", null, true, false), contact.Value);
        Assert.Equal("user-not-found", unknown.Error?.Code);
        Assert.Equal("authentication-required", mine.Error?.Code);
    }

    [Fact]
    public async Task The_account_query_tells_pages_the_preferred_language()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent3@demo.test");
        await SwitchAsync(browser, "en-GB");

        var (_, profile) = await browser.GetAsync("/Identity/Account/Manage");

        Assert.Equal("English", profile.QuerySelector("[data-testid=preferred-language]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/\t/evil.test")]
    [InlineData("/\n/evil.test")]
    [InlineData("//evil.test")]
    [InlineData("https://evil.test/")]
    public async Task The_switch_goes_back_only_to_a_path_of_this_site(string returnUrl)
    {
        using var browser = new BrowserSession(factory);
        var (_, page) = await browser.GetAsync("/");

        var response = await browser.SubmitAsync(page, new Dictionary<string, string> { ["returnUrl"] = returnUrl }, formAction: "/culture", submitName: "culture", submitValue: "en-GB");

        Assert.True(BrowserSession.IsRedirect(response), $"{(int)response.StatusCode} for {returnUrl}");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SwitchAsync(BrowserSession browser, string culture)
    {
        var (_, page) = await browser.GetAsync("/");
        return await browser.SubmitAsync(page, new Dictionary<string, string>(), formAction: "/culture", submitName: "culture", submitValue: culture);
    }

    private Task<string> PreferredLanguageAsync(string email) =>
        AdminActions.QueryIdentityAsync<string>(factory, "SELECT PreferredLanguage FROM AspNetUsers WHERE NormalizedEmail = $email", ("$email", email.ToUpperInvariant()));
}
