using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using Modular.Vault.Contracts;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// « Gérer les accès » for a person whose invitation is still waiting: the folder is given to them
/// there (it applies when they accept, no second invitation is sent), and « Relancer » sends a new
/// link and code from the same page.
/// </summary>
public sealed partial class AccessPendingInvitationTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task A_waiting_invitee_is_reminded_and_given_the_folder_which_acceptance_then_opens()
    {
        var folder = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(VaultPagesTests.Unique("Dossier SIV"), IsPublic: false));
        var email = InvitationAgent.Unique("leroy");
        var lastName = "Leroy" + Guid.NewGuid().ToString("N")[..6];
        var invitation = await InvitationAgent.InviteAsync(factory, lastName, email);
        using var agent = await SignedInAsync("agent1@demo.test");

        var (_, search) = await agent.GetAsync($"{AccessUrl(folder)}?q={lastName}");
        var found = Found(search, invitation.PersonId);
        Assert.Equal("invitation en attente", Text(found, "pending-invitation"));
        Assert.Equal("Son invitation attend d'être acceptée : l'accès donné ici prendra effet à l'acceptation.", Text(found, "pending-hint"));
        Assert.Null(found.QuerySelector("[data-testid=invite]"));
        Assert.Equal("Donner l'accès", Text(found, "grant"));
        Assert.Equal("Relancer", Text(found, "remind"));

        // « Relancer », right there: a new link and a new code; the first link stops working.
        var reminded = await RemindAsync(agent, search, found);
        Assert.True(BrowserSession.IsRedirect(reminded), $"expected a redirect, got {(int)reminded.StatusCode}");
        var (_, afterReminder) = await agent.FollowAsync(reminded);
        var status = Text(afterReminder, "status-message");
        var code = PhoneCode().Match(status);
        Assert.True(code.Success, status);
        Assert.StartsWith("Relance envoyée : un nouveau lien et un nouveau code remplacent les précédents.", status, StringComparison.Ordinal);
        Assert.NotNull(Found(afterReminder, invitation.PersonId).QuerySelector("[data-testid=remind]"));
        var (_, person) = await agent.GetAsync($"/Vault/People/Details/{invitation.PersonId}");
        Assert.Equal("Nombre de relances 1", Text(person, "invitation-reminders"));
        using (var stale = new BrowserSession(factory))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stale.GetAsync(invitation.Path)).Response.StatusCode);
        }

        // The folder is given to the waiting invitation: no second invitation, the right is listed as waiting.
        var (_, again) = await agent.GetAsync($"{AccessUrl(folder)}?q={lastName}");
        var given = await agent.SubmitFormAsync(again, (IHtmlFormElement)Found(again, invitation.PersonId), new Dictionary<string, string> { ["level"] = "Write" });
        var (_, afterGrant) = await agent.FollowAsync(given);
        Assert.Equal("Accès enregistré : il prendra effet quand la personne aura accepté son invitation.", Text(afterGrant, "status-message"));
        var grant = afterGrant.QuerySelectorAll("[data-testid=grant-row]").Single(r => r.QuerySelector("[data-testid=grant-who] a")!.GetAttribute("href") == $"/Vault/People/Details/{invitation.PersonId}");
        Assert.Equal("Lecture et dépôt", Text(grant, "grant-level"));
        Assert.Contains("invitation en attente", grant.QuerySelector("[data-testid=grant-who]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(grant.QuerySelector("[data-testid=remind]"));
        Assert.Equal(2, await InvitationMessagesAsync(invitation.InvitationId));

        // The invited person accepts with the reminder's link and code: the folder is theirs to read and fill.
        var path = await LatestInvitationPathAsync(invitation.InvitationId);
        using var guest = new BrowserSession(factory);
        var (_, invitationPage) = await guest.GetAsync(path);
        var verified = await BrowserSession.ParseAsync(await guest.SubmitAsync(invitationPage, new Dictionary<string, string> { ["Code"] = code.Groups[1].Value }));
        Assert.NotNull(verified.QuerySelector("[data-testid=invitation-verified]"));
        var created = await guest.SubmitAsync(verified, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Alain " + lastName,
            ["Input.Password"] = BrowserSession.DemoPassword,
            ["Input.ConfirmPassword"] = BrowserSession.DemoPassword,
        }, formAction: "handler=Register");
        Assert.True(BrowserSession.IsRedirect(created), $"expected a redirect, got {(int)created.StatusCode}");
        var (_, vaults) = await guest.GetAsync("/Guest");
        var shared = vaults.QuerySelectorAll("[data-testid=shared-folder]").Single(f => f.GetAttribute("data-folder-id") == folder.ToString());
        Assert.Equal("Lecture et dépôt", shared.QuerySelector("[data-testid=shared-folder-level]")!.TextContent);

        // Now a member: the access page offers neither a reminder nor the waiting badge.
        var (_, member) = await agent.GetAsync($"{AccessUrl(folder)}?q={lastName}");
        Assert.Null(Found(member, invitation.PersonId).QuerySelector("[data-testid=remind]"));
        Assert.Null(Found(member, invitation.PersonId).QuerySelector("[data-testid=pending-invitation]"));
    }

    [Fact]
    public async Task Inviting_again_from_a_stale_page_explains_and_offers_the_reminder_and_another_organisations_invitation_is_not_found()
    {
        var folder = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(VaultPagesTests.Unique("Dossier"), IsPublic: false));
        var lastName = "Morel" + Guid.NewGuid().ToString("N")[..6];
        var person = await InvitationAgent.SendAsync(factory, new CreatePersonCommand(new PersonInput(lastName, "Anne", Email: InvitationAgent.Unique("morel"))));
        using var agent = await SignedInAsync("agent1@demo.test");
        var (_, stale) = await agent.GetAsync($"{AccessUrl(folder)}?q={lastName}");
        Assert.NotNull(Found(stale, person).QuerySelector("[data-testid=invite]"));

        // A colleague invites the person meanwhile; this page still offers « Inviter… ».
        var sent = await InvitationAgent.SendAsync(factory, new InvitePersonCommand(person, null, FolderAccessLevel.Read, null, "fr-FR"), "agent2@demo.test");
        var refused = await agent.SubmitFormAsync(stale, (IHtmlFormElement)Found(stale, person), new Dictionary<string, string> { ["level"] = "Read" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var explained = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Une invitation est déjà en cours pour cette personne : utilisez « Relancer » pour lui renvoyer un lien et un code.", Text(explained, "validation-summary"));
        Assert.Equal(1, await InvitationMessagesAsync(sent.InvitationId));

        // agent3 (another organisation) posts that invitation's reminder on a folder of theirs: not found, nothing sent.
        var folder3 = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(VaultPagesTests.Unique("Autre"), IsPublic: false), "agent3@demo.test");
        var person3 = await InvitationAgent.SendAsync(factory, new CreatePersonCommand(new PersonInput("Autre" + lastName, Email: InvitationAgent.Unique("autre"))), "agent3@demo.test");
        await InvitationAgent.SendAsync(factory, new InvitePersonCommand(person3, null, FolderAccessLevel.Read, null, "fr-FR"), "agent3@demo.test");
        using var agent3 = await SignedInAsync("agent3@demo.test");
        var (_, page3) = await agent3.GetAsync($"{AccessUrl(folder3)}?q=Autre{lastName}");
        Assert.Equal(HttpStatusCode.NotFound, (await RemindAsync(agent3, page3, Found(page3, person3), sent.InvitationId)).StatusCode);
        Assert.Equal(1, await InvitationMessagesAsync(sent.InvitationId));
    }

    private static string AccessUrl(Guid folder) => $"/Vault/Folders/Access/{folder}";

    private static IElement Found(IHtmlDocument page, Guid personId) =>
        page.QuerySelectorAll("[data-testid=found-person]").Single(p => p.GetAttribute("data-person-id") == personId.ToString());

    /// <summary>Clicks « Relancer » in a found person's row: its own handler, with the invitation the button names (or another one).</summary>
    private static Task<HttpResponseMessage> RemindAsync(BrowserSession agent, IHtmlDocument page, IElement row, Guid? invitationId = null)
    {
        var button = row.QuerySelector("[data-testid=remind]")!;
        return agent.SubmitFormAsync(page, (IHtmlFormElement)row, new Dictionary<string, string>(), button.GetAttribute("formaction"), "invitationId", (invitationId?.ToString() ?? button.GetAttribute("value"))!);
    }

    private static string Text(IParentNode node, string testId) =>
        node.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {testId}");

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    /// <summary>How many invitation links (first sending and reminders) went out for the invitation.</summary>
    private async Task<long> InvitationMessagesAsync(Guid invitationId)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM messages WHERE TemplateKey = 'vault.invitation' AND upper(AggregateId) = $id";
        command.Parameters.AddWithValue("$id", invitationId.ToString().ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    /// <summary>The link of the latest invitation email (a reminder's replaces the earlier ones).</summary>
    private async Task<string> LatestInvitationPathAsync(Guid invitationId)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TextBody FROM messages WHERE TemplateKey = 'vault.invitation' AND upper(AggregateId) = $id ORDER BY rowid DESC LIMIT 1";
        command.Parameters.AddWithValue("$id", invitationId.ToString().ToUpperInvariant());
        var body = (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
        var path = InvitationPath().Match(body);
        Assert.True(path.Success, body);
        return path.Value;
    }

    [GeneratedRegex("/invitation/[A-Za-z0-9_-]{20,}")]
    private static partial Regex InvitationPath();

    [GeneratedRegex("par téléphone : ([0-9]{6})$")]
    private static partial Regex PhoneCode();
}
