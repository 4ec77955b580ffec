using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using MimeKit;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Notifications;

/// <summary>The notifications back office: test messages, the delivery log, templates and the print queue.</summary>
public sealed class BackOfficeTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_admin_sends_a_test_email_which_is_delivered_logged_and_can_be_sent_again()
    {
        using var admin = await SignedInAdminAsync();
        var email = $"essai.{Guid.NewGuid():N}@exemple.test";
        var (_, form) = await admin.GetAsync("/Admin/Notifications/Messages/Send");
        var fields = new Dictionary<string, string>
        {
            ["Input.Channel"] = "Email", ["Input.Culture"] = "fr", ["Input.Name"] = "Marie Testeuse", ["Input.Email"] = email,
            ["Input.Note"] = "<b>Rappel</b> important",
        };

        var sent = await admin.SubmitAsync(form, fields);
        var id = await MessageIdOfAsync(sent);

        // A double submit of the same form (same idempotency key) sends once.
        var again = await admin.SubmitAsync(form, fields);
        Assert.Equal(id, await MessageIdOfAsync(again));
        Assert.Equal(1L, await CountMessagesAsync("RecipientAddress = $to", ("$to", email)));

        var eml = await EventuallyAsync(() => Task.FromResult(File.Exists(EmlPath(id)) ? EmlPath(id) : null));
        var mime = await MimeMessage.LoadAsync(eml, BrowserSession.Ct);
        Assert.Equal("Message d'essai de Modular", mime.Subject);
        Assert.Equal(email, mime.To.Mailboxes.Single().Address);
        Assert.Contains("Alice Administratrice", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("Note : <b>Rappel</b> important", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Rappel&lt;/b&gt;", mime.HtmlBody, StringComparison.Ordinal);

        var details = await EventuallyAsync(async () =>
        {
            var (_, page) = await admin.GetAsync($"/Admin/Notifications/Messages/Details?id={id}");
            return page.QuerySelector("[data-testid=message-status]")?.GetAttribute("data-status") == "Delivered" ? page : null;
        });
        Assert.Equal("Message d'essai de Modular", details.QuerySelector("[data-testid=message-subject]")!.TextContent);
        Assert.Contains("Note : <b>Rappel</b> important", details.QuerySelector("[data-testid=message-text]")!.TextContent, StringComparison.Ordinal);
        // The rendered HTML stays inside a sandboxed frame: none of its markup is part of the back office's page.
        var frame = (IHtmlInlineFrameElement)details.QuerySelector("iframe[data-testid=message-html]")!;
        Assert.True(frame.HasAttribute("sandbox"));
        Assert.Contains("<p>Bonjour Marie Testeuse,</p>", frame.GetAttribute("srcdoc"), StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("main p b"));
        Assert.All(details.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));

        var (_, log) = await admin.GetAsync("/Admin/Notifications/Messages?Recipient=" + Uri.EscapeDataString(email.ToUpperInvariant()) + "&Status=Delivered");
        var row = Assert.Single(log.QuerySelectorAll("[data-testid=message-row]"));
        Assert.Equal(id.ToString(), row.GetAttribute("data-message-id"));
        Assert.Contains("E-mail", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("notifications.test", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Remis", row.QuerySelector("[data-testid=message-status]")!.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/Admin/Notifications/Messages/Details?id={id}']"));
        var (_, failedOnly) = await admin.GetAsync("/Admin/Notifications/Messages?Recipient=" + Uri.EscapeDataString(email) + "&Status=Failed");
        Assert.Empty(failedOnly.QuerySelectorAll("[data-testid=message-row]"));

        var resent = await admin.SubmitAsync(details, new Dictionary<string, string>(), formAction: "handler=Resend");
        var copy = await MessageIdOfAsync(resent);
        Assert.NotEqual(id, copy);
        var (_, copyPage) = await admin.FollowAsync(resent);
        Assert.Contains("renvoyé", copyPage.QuerySelector("[data-testid=admin-status]")!.TextContent, StringComparison.Ordinal);
        await EventuallyAsync(() => Task.FromResult(File.Exists(EmlPath(copy)) ? "sent" : null));
    }

    [Fact]
    public async Task An_invalid_mobile_number_is_refused_with_the_reason_and_creates_no_message()
    {
        using var admin = await SignedInAdminAsync();
        var before = await CountMessagesAsync("1 = 1");
        var (_, form) = await admin.GetAsync("/Admin/Notifications/Messages/Send");

        var refused = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Sms", ["Input.Culture"] = "fr", ["Input.Name"] = "Numéro Faux", ["Input.Mobile"] = "06 12",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Contains("Le numéro de mobile du destinataire n'est pas valide", page.QuerySelector("input[name='Input.Mobile']")!.ParentElement!.QuerySelector(".field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("06 12", page.QuerySelector<IHtmlInputElement>("input[name='Input.Mobile']")!.Value);
        Assert.Equal(before, await CountMessagesAsync("1 = 1"));

        // The same form, corrected, sends the text message.
        var sent = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Sms", ["Input.Culture"] = "fr", ["Input.Name"] = "Numéro Juste", ["Input.Mobile"] = "+33 6 12 34 56 78",
        });
        var id = await MessageIdOfAsync(sent);
        var sms = await EventuallyAsync(() => Task.FromResult(File.Exists(SmsPath(id)) ? File.ReadAllText(SmsPath(id)) : null));
        Assert.StartsWith("To: +33612345678", sms, StringComparison.Ordinal);
        Assert.Contains("Bonjour Numéro Juste,", sms, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_template_is_refused_a_valid_edit_is_used_by_the_next_message_and_revert_restores_the_original()
    {
        using var admin = await SignedInAdminAsync();
        const string EditUrl = "/Admin/Notifications/Templates/Edit?key=notifications.test&culture=fr";
        var (_, edit) = await admin.GetAsync(EditUrl);
        var original = Draft(edit);
        Assert.Equal("Message d'essai de {{ organisation_name }}", original["Subject"]);
        Assert.Null(edit.QuerySelector("[data-testid=template-overridden]"));
        Assert.Contains(edit.QuerySelectorAll("[data-testid=sample-model] td"), td => td.TextContent == "Cabinet Démo");

        // The preview renders the draft with the sample values.
        var previewed = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, original, formAction: "handler=Preview"));
        Assert.Equal("Message d'essai de Cabinet Démo", previewed.QuerySelector("[data-testid=preview-subject]")!.TextContent);
        Assert.Contains("Bonjour Marie Dupont,", previewed.QuerySelector("iframe[data-testid=preview-html]")!.GetAttribute("srcdoc"), StringComparison.Ordinal);

        // Counting follows the template's language, as the editor says: in French 0 takes the singular.
        Assert.Contains("{{ plural file_count", edit.QuerySelector("[data-testid=template-plural-help]")!.TextContent, StringComparison.Ordinal);
        var counted = new Dictionary<string, string>(original) { ["Subject"] = "{{ plural 0 \"# essai\" \"# essais\" }}, {{ plural 2 \"# essai\" \"# essais\" }}" };
        var countedPreview = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, counted, formAction: "handler=Preview"));
        Assert.Equal("0 essai, 2 essais", countedPreview.QuerySelector("[data-testid=preview-subject]")!.TextContent);

        // A syntax error: shown beside its part with its line, in the preview and on save; nothing saved.
        var broken = new Dictionary<string, string>(original) { ["HtmlBody"] = "<p>Bonjour</p>\n{{ if note != \"\" }}<p>{{ note }}</p>\n" };
        var badPreview = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, broken, formAction: "handler=Preview"));
        Assert.StartsWith("Ligne 2, colonne 1 : une balise {{ if }}", badPreview.QuerySelector("[data-testid=error-html] [data-testid=part-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(badPreview.QuerySelector("[data-testid=template-preview]"));

        var refused = await admin.SubmitAsync(edit, broken, formAction: "handler=Save");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await BrowserSession.ParseAsync(refused);
        Assert.StartsWith("Ligne 2, colonne 1 : une balise {{ if }}", refusedPage.QuerySelector("[data-testid=error-html] [data-testid=part-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, refusedPage.QuerySelector("[data-testid=error-subject]")!.TextContent);
        Assert.Equal(broken["HtmlBody"], refusedPage.QuerySelector<IHtmlTextAreaElement>("textarea[name=HtmlBody]")!.Value);
        var (_, reloaded) = await admin.GetAsync(EditUrl);
        Assert.Equal(original, Draft(reloaded));
        Assert.Equal(0L, await CountOverridesAsync());

        // A valid edit is saved, listed as changed, and used by the next message.
        var changed = new Dictionary<string, string>(original) { ["Subject"] = "Essai modifié pour {{ recipient_name }}" };
        var saved = await admin.SubmitAsync(reloaded, changed, formAction: "handler=Save");
        Assert.True(BrowserSession.IsRedirect(saved));
        var (_, afterSave) = await admin.FollowAsync(saved);
        Assert.Equal("Essai modifié pour {{ recipient_name }}", Draft(afterSave)["Subject"]);
        Assert.NotNull(afterSave.QuerySelector("[data-testid=template-overridden]"));
        var (_, list) = await admin.GetAsync("/Admin/Notifications/Templates");
        var row = list.QuerySelectorAll("[data-testid=template-row]").Single(r => r.GetAttribute("data-key") == "notifications.test" && r.GetAttribute("data-culture") == "fr");
        Assert.Equal("Modifié", row.QuerySelector("[data-testid=template-overridden]")!.TextContent);

        Assert.Equal("Essai modifié pour Jeanne", await SendAndReadSubjectAsync(admin, "Jeanne"));

        // Revert: the shipped template is back, for the page and for the next message.
        var reverted = await admin.SubmitAsync(afterSave, new Dictionary<string, string>(), formAction: "handler=Revert");
        var (_, afterRevert) = await admin.FollowAsync(reverted);
        Assert.Equal(original, Draft(afterRevert));
        Assert.Null(afterRevert.QuerySelector("[data-testid=template-overridden]"));
        Assert.Equal("Message d'essai de Modular", await SendAndReadSubjectAsync(admin, "Jeanne"));

        var (unknown, _) = await admin.GetAsync("/Admin/Notifications/Templates/Edit?key=nothing.here&culture=fr");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_syntax_error_is_explained_in_words_with_its_line_and_column_the_parsers_text_folded_and_nothing_is_saved()
    {
        using var admin = await SignedInAdminAsync();
        const string EditUrl = "/Admin/Notifications/Templates/Edit?key=notifications.test&culture=fr";
        var (_, edit) = await admin.GetAsync(EditUrl);
        var original = Draft(edit);
        var broken = new Dictionary<string, string>(original)
        {
            ["Subject"] = "Essai {{ \"non fermé }}",
            ["HtmlBody"] = "<p>Bonjour {{ recipient_name }},</p>\n<p>Voici un message d'essai.</p>\n<p>Note : {{ if note }}{{ note }}</p>",
        };

        var refused = await admin.SubmitAsync(edit, broken, formAction: "handler=Save");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Contains("rien n'est enregistré", page.QuerySelector("[data-testid=template-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ligne 3, colonne 11 : une balise {{ if }} n'est pas fermée par {{ end }}."], PartErrors(page, "error-html"));
        Assert.Equal(["Ligne 1, colonne 10 : le texte entre guillemets qui commence ici n'est jamais refermé (il manque un \" fermant)."], PartErrors(page, "error-subject"));
        Assert.Empty(PartErrors(page, "error-text"));
        var detail = page.QuerySelector("[data-testid=error-html] details[data-testid=part-error-detail]")!;
        Assert.Equal("Détail technique", detail.QuerySelector("summary")!.TextContent);
        Assert.Contains("The <end> statement was not found", detail.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("is-invalid", page.QuerySelector("textarea[name=HtmlBody]")!.ClassName, StringComparison.Ordinal);
        Assert.Equal(broken["HtmlBody"], page.QuerySelector<IHtmlTextAreaElement>("textarea[name=HtmlBody]")!.Value);

        // Nothing is stored: the page shows the version it had, and no admin's version exists.
        Assert.Equal(0L, await CountOverridesAsync());
        var (_, reloaded) = await admin.GetAsync(EditUrl);
        Assert.Equal(original, Draft(reloaded));
        Assert.Null(reloaded.QuerySelector("[data-testid=template-overridden]"));

        // An admin reading English reads the same errors in English.
        var previewButton = edit.QuerySelector("[data-testid=preview]")!;
        var form = (IHtmlFormElement)previewButton.Closest("form")!;
        var preview = previewButton.GetAttribute("formaction")!;
        var english = await BrowserSession.ParseAsync(await admin.SubmitFormAsync(edit, form, broken, preview + "&culture=en-GB"));
        Assert.Equal(["Line 3, column 11: a {{ if }} tag is not closed by {{ end }}."], PartErrors(english, "error-html"));
        Assert.Equal("Technical detail", english.QuerySelector("[data-testid=error-html] details summary")!.TextContent);
        Assert.Null(english.QuerySelector("[data-testid=template-preview]"));
        Assert.Equal(0L, await CountOverridesAsync());
    }

    [Fact]
    public async Task A_template_with_a_catastrophic_regex_is_stopped_fast_in_preview_and_its_message_fails_at_once()
    {
        using var admin = await SignedInAdminAsync();
        const string EditUrl = "/Admin/Notifications/Templates/Edit?key=notifications.test&culture=fr";
        var (_, edit) = await admin.GetAsync(EditUrl);
        var original = Draft(edit);
        const string Bomb = "{{ for i in 1..50 }}{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}{{ end }}";

        // The preview and the save answer at once, with the reason; nothing is saved.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var bombed = new Dictionary<string, string>(original) { ["TextBody"] = "Bonjour\n" + Bomb };
        var preview = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, bombed, formAction: "handler=Preview"));
        Assert.Equal(
            "Le modèle a été arrêté : une expression régulière a dépassé 100 ms (ligne 2). Évitez les répétitions imbriquées comme (a+)+.",
            preview.QuerySelector("[data-testid=template-errors]")!.TextContent.Trim());
        var save = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, bombed, formAction: "handler=Save"));
        Assert.Contains("expression régulière a dépassé 100 ms", save.QuerySelector("[data-testid=template-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0L, await CountOverridesAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"two renders took {watch.Elapsed}");

        // A pattern harmless on the sample values is saved, and explodes on a recipient's name: the
        // message is given up at once (no retry, nothing delivered) and says why; it cannot be resent.
        var harmless = new Dictionary<string, string>(original) { ["TextBody"] = "Bonjour {{ recipient_name | regex.match \"(a+)+$\" }}" };
        Assert.True(BrowserSession.IsRedirect(await admin.SubmitAsync(edit, harmless, formAction: "handler=Save")));
        try
        {
            var (_, form) = await admin.GetAsync("/Admin/Notifications/Messages/Send");
            var id = await MessageIdOfAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
            {
                ["Input.Channel"] = "Email", ["Input.Culture"] = "fr", ["Input.Name"] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", ["Input.Email"] = $"{Guid.NewGuid():N}@exemple.test",
            }));

            Assert.Equal(1L, await CountMessagesAsync("upper(Id) = $id AND Status = 'Failed' AND Attempts = 0 AND LastError LIKE '%expression régulière%'", ("$id", id.ToString().ToUpperInvariant())));
            var (_, details) = await admin.GetAsync($"/Admin/Notifications/Messages/Details?id={id}");
            Assert.Equal("Failed", details.QuerySelector("[data-testid=message-status]")!.GetAttribute("data-status"));
            var resend = await BrowserSession.ParseAsync(await admin.SubmitAsync(details, new Dictionary<string, string>(), formAction: "handler=Resend"));
            Assert.StartsWith("Ce message n'a pas pu être rédigé avec son modèle", resend.QuerySelector("[data-testid=message-errors]")!.TextContent.Trim(), StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromSeconds(2), BrowserSession.Ct);
            Assert.False(File.Exists(EmlPath(id)));
            Assert.Equal(1L, await CountMessagesAsync("upper(Id) = $id AND Status = 'Failed' AND Attempts = 0", ("$id", id.ToString().ToUpperInvariant())));
        }
        finally
        {
            var (_, saved) = await admin.GetAsync(EditUrl);
            await admin.SubmitAsync(saved, new Dictionary<string, string>(), formAction: "handler=Revert");
        }
    }

    [Fact]
    public async Task A_letter_waits_in_the_print_queue_at_its_cost_is_marked_posted_and_counts_in_the_monthly_costs()
    {
        using var admin = await SignedInAdminAsync();
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (_, beforePage) = await admin.GetAsync("/Admin/Notifications/Letters");
        var lettersBefore = MonthlyLetters(beforePage, month);
        var name = $"Paul Courrier {Random.Shared.Next(1000, 9999)}";

        var (_, form) = await admin.GetAsync("/Admin/Notifications/Messages/Send");
        var incomplete = await BrowserSession.ParseAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Postal", ["Input.Culture"] = "fr", ["Input.Name"] = name, ["Input.Line1"] = "12 rue des Lilas", ["Input.City"] = "Paris",
        }));
        Assert.Contains("L'adresse postale du destinataire est incomplète", incomplete.QuerySelector("[data-testid=send-errors]")!.TextContent, StringComparison.Ordinal);

        var sent = await admin.SubmitAsync(incomplete, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Postal", ["Input.Culture"] = "fr", ["Input.Name"] = name, ["Input.Line1"] = "12 rue des Lilas", ["Input.Line2"] = "Bâtiment B",
            ["Input.PostalCode"] = "75011", ["Input.City"] = "Paris", ["Input.Country"] = "France",
        });
        var id = await MessageIdOfAsync(sent);

        var queue = await EventuallyAsync(async () =>
        {
            var (_, page) = await admin.GetAsync("/Admin/Notifications/Letters");
            return LetterRow(page, id) is null ? null : page;
        });
        var row = LetterRow(queue, id)!;
        Assert.Contains(name, row.TextContent, StringComparison.Ordinal);
        Assert.Equal([name, "12 rue des Lilas", "Bâtiment B", "75011 Paris", "France"], AddressLines(row.QuerySelector("[data-testid=letter-address]")!));
        Assert.Contains("1,82", row.QuerySelector("[data-testid=letter-cost]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(lettersBefore + 1, MonthlyLetters(queue, month));
        Assert.Equal(Euros((lettersBefore + 1) * 1.82m), MonthlyTotal(queue, month));
        Assert.DoesNotContain("UTC", queue.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);

        var (printed, print) = await admin.GetAsync($"/Admin/Notifications/Letters/Print?id={id}");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal([name, "12 rue des Lilas", "Bâtiment B", "75011 Paris", "France"], AddressLines(print.QuerySelector("[data-testid=letter-address]")!));
        Assert.Contains($"Bonjour {name},", print.QuerySelector("iframe[sandbox][data-testid=letter-html]")!.GetAttribute("srcdoc"), StringComparison.Ordinal);
        Assert.Contains("d-print-none", print.QuerySelector("header")!.ClassName, StringComparison.Ordinal);

        var form2 = (IHtmlFormElement)row.QuerySelector("form")!;
        var button = form2.QuerySelector("button[formaction]")!;
        var posted = await admin.SubmitFormAsync(queue, form2, new Dictionary<string, string>(), button.GetAttribute("formaction"));
        var (_, afterPosting) = await admin.FollowAsync(posted);
        Assert.Equal("Le courrier est marqué comme envoyé.", afterPosting.QuerySelector("[data-testid=admin-status]")!.TextContent);
        Assert.Null(LetterRow(afterPosting, id));
        Assert.Equal(lettersBefore + 1, MonthlyLetters(afterPosting, month));

        var (_, details) = await admin.GetAsync($"/Admin/Notifications/Messages/Details?id={id}");
        Assert.Contains("1,82", details.QuerySelector("[data-testid=message-cost]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Pas encore posté", details.QuerySelector("[data-testid=message-summary]")!.TextContent, StringComparison.Ordinal);

        // Posting it twice is refused with the reason.
        var twice = await BrowserSession.ParseAsync(await admin.SubmitFormAsync(queue, form2, new Dictionary<string, string>(), button.GetAttribute("formaction")));
        Assert.Contains("Ce message n'est pas un courrier en attente d'envoi.", twice.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_messages_are_not_found()
    {
        using var admin = await SignedInAdminAsync();
        var (details, _) = await admin.GetAsync($"/Admin/Notifications/Messages/Details?id={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        var (print, _) = await admin.GetAsync($"/Admin/Notifications/Letters/Print?id={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_english_too()
    {
        using var admin = await SignedInAdminAsync();
        var (_, log) = await admin.GetAsync("/Admin/Notifications/Messages?culture=en-GB");
        Assert.Equal("Delivery log", log.QuerySelector("h1")!.TextContent);
        Assert.Contains(log.QuerySelectorAll("select[name=Status] option"), o => o.TextContent == "Delivered");
        var (_, send) = await admin.GetAsync("/Admin/Notifications/Messages/Send?culture=en-GB");
        Assert.Contains(send.QuerySelectorAll("select[name='Input.Channel'] option"), o => o.TextContent == "Letter");
        var (_, letters) = await admin.GetAsync("/Admin/Notifications/Letters?culture=en-GB");
        Assert.Equal("Letters to print", letters.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_agent_is_denied_every_notifications_page()
    {
        using var agent = new BrowserSession(factory);
        await agent.SignInAsync("agent1@demo.test");
        foreach (var url in new[]
        {
            "/Admin/Notifications/Messages", "/Admin/Notifications/Messages/Send", $"/Admin/Notifications/Messages/Details?id={Guid.NewGuid()}",
            "/Admin/Notifications/Templates", "/Admin/Notifications/Templates/Edit?key=notifications.test&culture=fr",
            "/Admin/Notifications/Letters", $"/Admin/Notifications/Letters/Print?id={Guid.NewGuid()}",
        })
        {
            var denied = await agent.Client.GetAsync(new Uri(url, UriKind.Relative), BrowserSession.Ct);
            Assert.True(BrowserSession.IsRedirect(denied), url);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using var admin = await SignedInAdminAsync();
        var (_, home) = await admin.GetAsync("/Admin");
        foreach (var link in new[] { "/Admin/Notifications/Messages", "/Admin/Notifications/Messages/Send", "/Admin/Notifications/Templates", "/Admin/Notifications/Letters" })
        {
            Assert.NotNull(home.QuerySelector($"a[href='{link}']"));
        }
    }

    private async Task<BrowserSession> SignedInAdminAsync()
    {
        var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        return admin;
    }

    private async Task<string> SendAndReadSubjectAsync(BrowserSession admin, string name)
    {
        var (_, form) = await admin.GetAsync("/Admin/Notifications/Messages/Send");
        var id = await MessageIdOfAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Email", ["Input.Culture"] = "fr", ["Input.Name"] = name, ["Input.Email"] = $"{Guid.NewGuid():N}@exemple.test",
        }));
        var eml = await EventuallyAsync(() => Task.FromResult(File.Exists(EmlPath(id)) ? EmlPath(id) : null));
        return (await MimeMessage.LoadAsync(eml, BrowserSession.Ct)).Subject ?? "";
    }

    /// <summary>The message a send or resend redirected to; else why the page refused it.</summary>
    private static async Task<Guid> MessageIdOfAsync(HttpResponseMessage response)
    {
        if (!BrowserSession.IsRedirect(response))
        {
            var page = await BrowserSession.ParseAsync(response);
            Assert.Fail($"{response.StatusCode} instead of a redirect to the message: {page.QuerySelector("[role=alert]")?.TextContent.Trim()}");
        }

        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Admin/Notifications/Messages/Details?id=", location, StringComparison.Ordinal);
        return Guid.Parse(location[(location.IndexOf('=', StringComparison.Ordinal) + 1)..]);
    }

    /// <summary>The syntax errors shown under one part of the template editor.</summary>
    private static string[] PartErrors(IHtmlDocument page, string part) =>
        [.. page.QuerySelectorAll($"[data-testid={part}] [data-testid=part-error]").Select(e => e.TextContent)];

    private static Dictionary<string, string> Draft(IHtmlDocument page) => new()
    {
        ["Subject"] = page.QuerySelector<IHtmlInputElement>("input[name=Subject]")!.Value,
        ["HtmlBody"] = page.QuerySelector<IHtmlTextAreaElement>("textarea[name=HtmlBody]")!.Value,
        ["TextBody"] = page.QuerySelector<IHtmlTextAreaElement>("textarea[name=TextBody]")!.Value,
    };

    private static IElement? LetterRow(IHtmlDocument page, Guid id) =>
        page.QuerySelectorAll("[data-testid=letter-row]").SingleOrDefault(r => r.GetAttribute("data-message-id") == id.ToString());

    // The admin's organisation (Cabinet Démo) pays for the test letters it sends.
    private static IElement? CostRow(IHtmlDocument page, string month) =>
        page.QuerySelectorAll("[data-testid=cost-row]").SingleOrDefault(r => r.GetAttribute("data-month") == month && r.TextContent.Contains("Cabinet Démo", StringComparison.Ordinal));

    /// <summary>The address block's lines, as printed (one line per &lt;br&gt;).</summary>
    private static string[] AddressLines(IElement address) =>
        [.. address.InnerHtml.Split("<br>").Select(l => WebUtility.HtmlDecode(l).Trim()).Where(l => l.Length > 0)];

    private static int MonthlyLetters(IHtmlDocument page, string month) =>
        CostRow(page, month) is { } row ? int.Parse(row.QuerySelector("[data-testid=cost-letters]")!.TextContent, CultureInfo.InvariantCulture) : 0;

    private static string MonthlyTotal(IHtmlDocument page, string month) => CostRow(page, month)!.QuerySelector("[data-testid=cost-total]")!.TextContent;

    private static string Euros(decimal amount) => amount.ToString("C", CultureInfo.GetCultureInfo("fr-FR"));

    private string EmlPath(Guid id) => Path.Combine(factory.DataDirectory, "mail-pickup", $"{id:N}.eml");

    private string SmsPath(Guid id) => Path.Combine(factory.DataDirectory, "sms-pickup", $"{id:N}.txt");

    private async Task<long> CountMessagesAsync(string where, params (string Name, object Value)[] parameters) =>
        await QueryNotificationsAsync("SELECT count(*) FROM messages WHERE " + where, parameters);

    private Task<long> CountOverridesAsync() => QueryNotificationsAsync("SELECT count(*) FROM template_overrides");

    private async Task<long> QueryNotificationsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    /// <summary>Waits for the delivery worker: the value once it is there, or a failure after ten seconds.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "the delivery worker did not get to it within ten seconds");
            await Task.Delay(200, BrowserSession.Ct);
        }
    }
}
