using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Sharing;

/// <summary>
/// "Mes dossiers" through the pages, as agents use it: case files, sharing by key, importing
/// (the seed's messages verbatim), overwriting and restoring, and who may see what.
/// </summary>
public sealed class SharingPagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private const string KeyUsed = "Clé déjà utilisée pour importer un fichier";
    private const string KeyExpired = "La clé de partage est expirée.";
    private const string CaseExists = "Ce fichier existe déjà dans votre espace Modular. Les informations qui auraient été modifiées depuis sa dernière importation seront effacées. Êtes-vous certain de vouloir continuer ?";

    [Fact]
    public async Task Creating_a_case_file_saves_the_filled_rows_and_lists_it_in_my_case_files()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var name = Unique("Durand");
        var (_, form) = await agent.GetAsync("/Sharing/CaseFiles/Create");
        Assert.Single(form.QuerySelectorAll("[data-testid=policy-row]"));
        Assert.Single(form.QuerySelectorAll("[data-testid=section-row]"));

        // "Ajouter un contrat" brings one more blank row and keeps what was typed.
        var typed = new Dictionary<string, string>
        {
            ["Input.Client.LastName"] = name, ["Input.Client.FirstName"] = "Jeanne", ["Input.Client.Email"] = "jeanne.durand@exemple.test",
            ["Input.Client.Phone"] = "+33 6 12 34 56 78", ["Input.Client.BirthDate"] = "1980-05-12", ["Input.Client.Address"] = "3 rue des Lilas, Lyon",
            ["Input.Policies[0].Insurer"] = "Assur Plus", ["Input.Policies[0].Number"] = "AP-1001", ["Input.Policies[0].Product"] = "Habitation",
            ["Input.Policies[0].AnnualPremium"] = "1 250,50",
            ["Input.Notes"] = "Client fidele", ["Input.Sections[0].Title"] = "Sinistres", ["Input.Sections[0].Body"] = "Degat des eaux en 2021",
        };
        var more = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, typed, formAction: "handler=AddPolicy"));
        Assert.Equal(2, more.QuerySelectorAll("[data-testid=policy-row]").Length);
        Assert.Equal("Assur Plus", Input(more, "Input.Policies[0].Insurer"));
        Assert.Equal(name, Input(more, "Input.Client.LastName"));

        // The second policy row stays blank, and so does the section row added after: neither is saved.
        var saved = await agent.SubmitAsync(more, new Dictionary<string, string>(typed) { ["Input.Policies[1].Insurer"] = " ", ["Input.Sections[1].Title"] = "" }, formAction: CreateUrl);
        var id = CaseIdOf(saved);
        var (_, details) = await agent.FollowAsync(saved);
        Assert.Equal("Le dossier a été créé.", Status(details));
        Assert.Equal(name + " Jeanne", details.QuerySelector("[data-testid=case-title]")!.TextContent);
        var policy = Assert.Single(details.QuerySelectorAll("[data-testid=policy]"));
        Assert.Contains("AP-1001", policy.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 250,50", policy.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal("Sinistres", Assert.Single(details.QuerySelectorAll("[data-testid=case-section] h2")).TextContent);
        Assert.Equal(["Créé"], History(details));

        var (_, list) = await agent.GetAsync("/Sharing/CaseFiles?Search=" + Uri.EscapeDataString(name.ToUpperInvariant()));
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=case-row]"));
        Assert.Equal(id.ToString(), row.GetAttribute("data-case-id"));
        Assert.Equal("1", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Null(row.QuerySelector("[data-testid=imported-badge]"));

        var content = await ContentAsync(id);
        Assert.Contains("AP-1001", content, StringComparison.Ordinal);
        Assert.Contains("1250.5", content, StringComparison.Ordinal);
        Assert.Equal(1L, await SharingScalarAsync("SELECT count(*) FROM case_files WHERE upper(Id) = $id", ("$id", Key(id))));
    }

    [Fact]
    public async Task A_case_file_without_client_name_or_insurer_is_refused_beside_the_fields_and_nothing_is_saved()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var before = await SharingScalarAsync("SELECT count(*) FROM case_files");
        var (_, form) = await agent.GetAsync("/Sharing/CaseFiles/Create");

        // A blank first row and an incomplete second one: the message lands on the row the person sees.
        var refused = await agent.SubmitAsync(form, formAction: CreateUrl, fields: new Dictionary<string, string>
        {
            ["Input.Client.LastName"] = "  ", ["Input.Client.FirstName"] = "Paul",
            ["Input.Policies[0].Insurer"] = "", ["Input.Policies[1].Number"] = "X-9", ["Input.Policies[1].Product"] = "Auto", ["Input.Policies[1].AnnualPremium"] = "300",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Le nom du client est obligatoire.", FieldError(page, "Input.Client.LastName"));
        Assert.Equal("L'assureur est obligatoire.", FieldError(page, "Input.Policies[0].Insurer"));
        Assert.Equal("X-9", Input(page, "Input.Policies[0].Number"));
        Assert.Equal("Paul", Input(page, "Input.Client.FirstName"));
        var summary = page.QuerySelector("[data-testid=validation-summary]")!.TextContent;
        Assert.Contains("Le nom du client est obligatoire.", summary, StringComparison.Ordinal);
        Assert.Contains("L'assureur est obligatoire.", summary, StringComparison.Ordinal);
        Assert.Equal(before, await SharingScalarAsync("SELECT count(*) FROM case_files"));
    }

    [Fact]
    public async Task An_english_page_explains_refused_fields_in_english_with_their_values()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var (_, home) = await agent.GetAsync("/");
        await agent.SubmitAsync(home, new Dictionary<string, string>(), formAction: "/culture", submitName: "culture", submitValue: "en-GB");
        var (_, form) = await agent.GetAsync(CreateUrl);

        var refused = await agent.SubmitAsync(form, formAction: CreateUrl, fields: new Dictionary<string, string>
        {
            ["Input.Client.LastName"] = "  ", ["Input.Client.Email"] = "not an address", ["Input.Client.FirstName"] = new string('x', 201),
            ["Input.Sections[0].Title"] = "Claims", ["Input.Sections[1].Title"] = "claims",
        });

        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal("The client's last name is required.", FieldError(page, "Input.Client.LastName"));
        Assert.Equal("This email address is not valid.", FieldError(page, "Input.Client.Email"));
        Assert.Equal("200 characters at most.", FieldError(page, "Input.Client.FirstName"));
        Assert.Contains("Two sections have the title “Claims”.", page.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);

        // The switch is kept on the account: agent1 goes back to French for the other tests.
        await agent.SubmitAsync(page, new Dictionary<string, string>(), formAction: "/culture", submitName: "culture", submitValue: "fr-FR");
    }

    [Fact]
    public async Task Editing_a_case_file_saves_a_new_version_and_records_it_in_the_history()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateCaseAsync(agent, Unique("Martin"));
        var (_, edit) = await agent.GetAsync($"/Sharing/CaseFiles/Edit/{id}");
        Assert.Equal("1", Input(edit, "Revision"));

        var fields = FieldsOf(edit);
        fields["Input.Client.FirstName"] = "Lucie";
        fields["Input.Policies[1].Insurer"] = "Mutuelle Sud";
        fields["Input.Policies[1].Number"] = "MS-77";
        fields["Input.Policies[1].Product"] = "Sante";
        fields["Input.Policies[1].AnnualPremium"] = "480";
        var saved = await agent.SubmitAsync(edit, fields, EditUrl(id));

        Assert.True(BrowserSession.IsRedirect(saved));
        var (_, details) = await agent.FollowAsync(saved);
        Assert.Equal("Le dossier a été enregistré.", Status(details));
        Assert.Equal(2, details.QuerySelectorAll("[data-testid=policy]").Length);
        Assert.Equal(["Modifié", "Créé"], History(details));
        Assert.Equal(2L, await SharingScalarAsync("SELECT Revision FROM case_files WHERE upper(Id) = $id", ("$id", Key(id))));
        Assert.Contains("MS-77", await ContentAsync(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_with_the_reason_and_keeps_what_was_typed()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateCaseAsync(agent, Unique("Petit"));
        var (_, firstTab) = await agent.GetAsync($"/Sharing/CaseFiles/Edit/{id}");
        var (_, secondTab) = await agent.GetAsync($"/Sharing/CaseFiles/Edit/{id}");

        var other = FieldsOf(secondTab);
        other["Input.Client.FirstName"] = "Bernard";
        Assert.True(BrowserSession.IsRedirect(await agent.SubmitAsync(secondTab, other, EditUrl(id))));

        var mine = FieldsOf(firstTab);
        mine["Input.Client.FirstName"] = "Alain";
        mine["Input.Notes"] = "Rappeler lundi";
        var refused = await agent.SubmitAsync(firstTab, mine, EditUrl(id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Contains("Ce dossier a été modifié entre-temps", page.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=case-modified]"));
        Assert.Equal("Alain", Input(page, "Input.Client.FirstName"));
        Assert.Equal("Rappeler lundi", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Notes']")!.Value);
        var stored = await ContentAsync(id);
        Assert.Contains("Bernard", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Alain", stored, StringComparison.Ordinal);

        // Having seen the warning, the person may put their version over the newer one on purpose.
        var overwrite = page.QuerySelector("[data-testid=overwrite-latest]")!;
        var replaced = await agent.SubmitAsync(page, FieldsOf(page), EditUrl(id), submitName: "OverwriteRevision", submitValue: overwrite.GetAttribute("value"));
        Assert.True(BrowserSession.IsRedirect(replaced));
        stored = await ContentAsync(id);
        Assert.Contains("Alain", stored, StringComparison.Ordinal);
        Assert.Contains("Rappeler lundi", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_shows_the_key_once_with_copy_and_email_and_stores_only_its_hash()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var name = Unique("Leroy");
        var id = await CreateCaseAsync(agent, name);

        // "Partager ce dossier" from the row of "Mes dossiers".
        var (_, list) = await agent.GetAsync("/Sharing/CaseFiles?Search=" + Uri.EscapeDataString(name));
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=case-row]"));
        var shareForm = (IHtmlFormElement)row.QuerySelector("[data-testid=share-case]")!.Closest("form")!;
        var shared = await agent.SubmitFormAsync(list, shareForm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.True(shared.Headers.CacheControl!.NoStore);
        var page = await BrowserSession.ParseAsync(shared);

        var key = page.QuerySelector<IHtmlInputElement>("[data-testid=share-key]")!;
        Assert.True(key.IsReadOnly);
        Assert.Matches("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$", key.Value);
        var copy = page.QuerySelector("[data-testid=copy-key]")!;
        Assert.Equal("Copier dans le presse-papier", copy.TextContent);
        Assert.Equal(key.Id, copy.GetAttribute("data-copy-target"));
        Assert.Contains("Chaque clé de partage est unique et expire après 30 jours.", page.QuerySelector("[data-testid=key-expiry]")!.TextContent, StringComparison.Ordinal);
        var mailto = Uri.UnescapeDataString(page.QuerySelector("[data-testid=mailto-key]")!.GetAttribute("href")!);
        Assert.StartsWith("mailto:?subject=Dossier partagé : " + name + " Jeanne", mailto, StringComparison.Ordinal);
        Assert.Contains(key.Value, mailto, StringComparison.Ordinal);
        Assert.Contains("Importer un fichier partagé", mailto, StringComparison.Ordinal);

        // Only the hash is stored, and the key is never shown again.
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(key.Value.Replace("-", "", StringComparison.Ordinal)));
        Assert.Equal(1L, await SharingScalarAsync("SELECT count(*) FROM share_keys WHERE KeyHash = $hash AND upper(CaseFileId) = $id", ("$hash", hash), ("$id", Key(id))));
        var (_, again) = await agent.GetAsync($"/Sharing/CaseFiles/Share/{id}");
        Assert.Null(again.QuerySelector("[data-testid=share-key]"));
        Assert.DoesNotContain(key.Value, again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var (_, details) = await agent.GetAsync($"/Sharing/CaseFiles/Details/{id}");
        Assert.Equal(["Partagé", "Créé"], History(details));

        // "Envoyer à un collègue" emails it, to a valid address only.
        var badAddress = await BrowserSession.ParseAsync(await agent.SubmitAsync(page, new Dictionary<string, string> { ["Send.Email"] = "pas-une-adresse" }, formAction: "handler=Send"));
        Assert.Equal("Cette adresse de courriel n'est pas valide.", FieldError(badAddress, "Send.Email"));
        Assert.Equal(key.Value, badAddress.QuerySelector<IHtmlInputElement>("[data-testid=share-key]")!.Value);
        var colleague = $"collegue.{Guid.NewGuid():N}@exemple.test";
        var sent = await BrowserSession.ParseAsync(await agent.SubmitAsync(page, new Dictionary<string, string> { ["Send.Email"] = colleague }, formAction: "handler=Send"));
        Assert.Equal($"La clé a été envoyée à {colleague}.", Status(sent));
        Assert.Equal(key.Value, sent.QuerySelector<IHtmlInputElement>("[data-testid=share-key]")!.Value);
        Assert.Equal(1L, await ScalarAsync("notifications.db", "SELECT count(*) FROM messages WHERE RecipientAddress = $to AND TemplateKey = 'sharing.share-key'", ("$to", colleague)));

        // The list of keys tells this one apart: its last group, and whom it was sent to.
        var (_, keys) = await agent.GetAsync("/Sharing/ShareKeys");
        var keyRow = keys.QuerySelectorAll("[data-testid=key-row]").Single(r => r.QuerySelector("[data-testid=key-recipient]")?.TextContent == $"Envoyée à {colleague}");
        Assert.Equal($"Clé se terminant par …{key.Value[^4..]}", keyRow.QuerySelector("[data-testid=key-ending]")!.TextContent);
    }

    [Fact]
    public async Task A_colleague_imports_a_shared_key_and_sees_the_case_file_in_their_space()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var name = Unique("Bernard");
        var id = await CreateCaseAsync(agent1, name);
        var (keyId, key) = await ShareAsync(agent1, id);

        using var agent2 = await SignedInAsync("agent2@demo.test");
        var (_, form) = await agent2.GetAsync("/Sharing/Import");
        Assert.Equal("Clé de partage", form.QuerySelector("label[for=Key]")!.TextContent);
        var imported = await agent2.SubmitAsync(form, new Dictionary<string, string> { ["Key"] = "  " + key.ToLowerInvariant() + "\n" });

        var copyId = CaseIdOf(imported);
        Assert.NotEqual(id, copyId);
        var (_, details) = await agent2.FollowAsync(imported);
        Assert.Equal("Le dossier partagé a été importé.", Status(details));
        Assert.Equal(name + " Jeanne", details.QuerySelector("[data-testid=case-title]")!.TextContent);
        Assert.Equal(["Importé"], History(details));
        Assert.Contains("AP-1001", Assert.Single(details.QuerySelectorAll("[data-testid=policy]")).TextContent, StringComparison.Ordinal);

        var (_, list) = await agent2.GetAsync("/Sharing/CaseFiles?Search=" + Uri.EscapeDataString(name));
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=case-row]"));
        Assert.Equal("importé", row.QuerySelector("[data-testid=imported-badge]")!.TextContent);
        Assert.Equal(copyId.ToString(), row.GetAttribute("data-case-id"));

        // The issuer sees the key used, with when.
        var (_, keys) = await agent1.GetAsync("/Sharing/ShareKeys?Status=Used");
        var keyRow = keys.QuerySelector($"[data-testid=key-row][data-key-id='{keyId}']")!;
        Assert.Equal("utilisée", keyRow.QuerySelector("[data-testid=key-status]")!.TextContent);
        Assert.NotEqual("", keyRow.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Equal("par Béatrice Agent", keyRow.QuerySelector("[data-testid=key-used-by]")!.TextContent);
        Assert.Null(keyRow.QuerySelector("[data-testid=revoke-key]"));
    }

    [Fact]
    public async Task Import_with_used_key_shows_the_seed_message_and_keeps_the_key_typed()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var (_, key) = await ShareAsync(agent1, await CreateCaseAsync(agent1, Unique("Roux")));
        using var agent2 = await SignedInAsync("agent2@demo.test");
        Assert.True(BrowserSession.IsRedirect(await ImportAsync(agent2, key)));
        var before = await SharingScalarAsync("SELECT count(*) FROM case_files");

        var again = await BrowserSession.ParseAsync(await ImportAsync(agent2, key));

        Assert.Equal(KeyUsed, ImportError(again));
        Assert.Equal(key, again.QuerySelector<IHtmlTextAreaElement>("[data-testid=import-key]")!.Value);
        Assert.Equal(before, await SharingScalarAsync("SELECT count(*) FROM case_files"));
    }

    [Fact]
    public async Task A_revoked_key_is_listed_as_revoked_and_refused_on_import()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var id = await CreateCaseAsync(agent1, Unique("Fontaine"));
        var (keyId, key) = await ShareAsync(agent1, id);
        var (_, pending) = await agent1.GetAsync("/Sharing/ShareKeys?Status=Pending");
        var row = pending.QuerySelector($"[data-testid=key-row][data-key-id='{keyId}']")!;
        Assert.Equal("en attente", row.QuerySelector("[data-testid=key-status]")!.TextContent);

        var revoked = await agent1.SubmitFormAsync(pending, (IHtmlFormElement)row.QuerySelector("[data-testid=revoke-key]")!.Closest("form")!, new Dictionary<string, string>());
        Assert.True(BrowserSession.IsRedirect(revoked));
        var (_, afterRevoke) = await agent1.FollowAsync(revoked);
        Assert.Equal("La clé a été révoquée : elle ne permet plus d'importer le dossier.", Status(afterRevoke));
        Assert.Null(afterRevoke.QuerySelector($"[data-testid=key-row][data-key-id='{keyId}']"));
        var (_, revokedList) = await agent1.GetAsync("/Sharing/ShareKeys?Status=Revoked");
        Assert.Equal("révoquée", revokedList.QuerySelector($"[data-testid=key-row][data-key-id='{keyId}'] [data-testid=key-status]")!.TextContent);
        var (_, details) = await agent1.GetAsync($"/Sharing/CaseFiles/Details/{id}");
        Assert.Equal("Clé révoquée", History(details)[0]);

        using var agent2 = await SignedInAsync("agent2@demo.test");
        var refused = await BrowserSession.ParseAsync(await ImportAsync(agent2, key));
        Assert.Equal("Cette clé de partage a été révoquée par la personne qui l'a émise.", ImportError(refused));
    }

    [Fact]
    public async Task A_mistyped_or_unknown_key_says_what_is_wrong_in_the_readers_language()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var (_, key) = await ShareAsync(agent1, await CreateCaseAsync(agent1, Unique("Girard")));
        using var agent3 = await SignedInAsync("agent3@demo.test");

        // One character changed: the check character catches it before any lookup.
        var swapped = (key[0] == 'A' ? 'B' : 'A') + key[1..];
        Assert.Equal("Cette clé de partage contient une faute de frappe. Copiez-la à nouveau depuis le courriel plutôt que de la recopier.", ImportError(await BrowserSession.ParseAsync(await ImportAsync(agent3, swapped))));
        Assert.Equal("Une clé de partage compte 28 caractères (7 groupes de 4) ; celle-ci en compte 5. Vérifiez qu'elle a été copiée en entier.", ImportError(await BrowserSession.ParseAsync(await ImportAsync(agent3, "ABCD-E"))));
        Assert.StartsWith("Une clé de partage ne contient que des chiffres et des lettres", ImportError(await BrowserSession.ParseAsync(await ImportAsync(agent3, "Voici la clé : " + key))), StringComparison.Ordinal);
        Assert.Equal("Aucune clé de partage ne correspond à cette clé. Vérifiez-la ou demandez-en une nouvelle à votre collègue.", ImportError(await BrowserSession.ParseAsync(await ImportAsync(agent3, WellFormedUnknownKey()))));

        var english = await BrowserSession.ParseAsync(await ImportAsync(agent3, "ABCD-E", "?culture=en-GB"));
        Assert.Equal("A share key has 28 characters (7 groups of 4); this one has 5. Check that it was copied in full.", ImportError(english));
        Assert.Equal("Share key", english.QuerySelector("label[for=Key]")!.TextContent);

        // None of these consumed the real key.
        Assert.True(BrowserSession.IsRedirect(await ImportAsync(agent3, key)));
    }

    [Fact]
    public async Task Reimporting_the_same_file_asks_first_lists_what_is_erased_and_the_old_version_can_be_restored()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var name = Unique("Morel");
        var id = await CreateCaseAsync(agent1, name);
        var (_, first) = await ShareAsync(agent1, id);
        using var agent2 = await SignedInAsync("agent2@demo.test");
        var copyId = CaseIdOf(await ImportAsync(agent2, first));

        // The recipient works on their copy: another phone number and a note.
        var (_, edit) = await agent2.GetAsync($"/Sharing/CaseFiles/Edit/{copyId}");
        var fields = FieldsOf(edit);
        fields["Input.Client.Phone"] = "+33 6 98 76 54 32";
        fields["Input.Notes"] = "Note de Beatrice";
        Assert.True(BrowserSession.IsRedirect(await agent2.SubmitAsync(edit, fields, EditUrl(copyId))));

        // The same file comes again: the seed's question, what would be erased, and nothing consumed yet.
        var (secondId, second) = await ShareAsync(agent1, id);
        var asked = await BrowserSession.ParseAsync(await ImportAsync(agent2, second));
        Assert.Equal($"Vous avez déjà le dossier de {name} Jeanne.", asked.QuerySelector("[data-testid=overwrite-case]")!.TextContent);
        Assert.Equal(CaseExists, asked.QuerySelector("[data-testid=overwrite-question]")!.TextContent);
        var erased = asked.QuerySelectorAll("[data-testid=erased-item]").Select(e => e.TextContent).ToList();
        Assert.Equal(["Téléphone", "Notes"], erased);
        Assert.Equal($"/Sharing/CaseFiles/Details/{copyId}", asked.QuerySelector("[data-testid=cancel-overwrite]")!.GetAttribute("href"));
        Assert.Equal(1L, await SharingScalarAsync("SELECT count(*) FROM share_keys WHERE upper(Id) = $id AND UsedAt IS NULL", ("$id", Key(secondId))));

        var englishAsked = await BrowserSession.ParseAsync(await ImportAsync(agent2, second, "?culture=en-GB"));
        Assert.Equal(["Phone", "Notes"], englishAsked.QuerySelectorAll("[data-testid=erased-item]").Select(e => e.TextContent));

        // "Continuer" overwrites the copy; the erased version is kept.
        var confirmForm = (IHtmlFormElement)asked.QuerySelector("[data-testid=confirm-overwrite]")!.Closest("form")!;
        var overwritten = await agent2.SubmitFormAsync(asked, confirmForm, new Dictionary<string, string>());
        Assert.Equal(copyId, CaseIdOf(overwritten));
        var (_, details) = await agent2.FollowAsync(overwritten);
        Assert.StartsWith("Le dossier a été remplacé par la version partagée.", Status(details), StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("[data-testid=case-notes]"));
        Assert.Equal("Écrasé par une importation", History(details)[0]);
        var point = Assert.Single(details.QuerySelectorAll("[data-testid=restore-point]"));
        Assert.Contains("restaurable jusqu'au", point.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Beatrice", await ContentAsync(copyId), StringComparison.Ordinal);

        // "Restaurer" brings the recipient's version back.
        var restored = await agent2.SubmitFormAsync(details, (IHtmlFormElement)point.QuerySelector("form")!, new Dictionary<string, string>());
        Assert.True(BrowserSession.IsRedirect(restored));
        var (_, after) = await agent2.FollowAsync(restored);
        Assert.StartsWith("La version a été restaurée.", Status(after), StringComparison.Ordinal);
        Assert.Equal("Note de Beatrice", after.QuerySelector("[data-testid=case-notes]")!.TextContent);
        Assert.Equal("Restauré", History(after)[0]);
        var content = await ContentAsync(copyId);
        Assert.Contains("Note de Beatrice", content, StringComparison.Ordinal);
        Assert.Contains("98 76 54 32", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agents_case_file_is_not_found_and_cannot_be_shared()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var id = await CreateCaseAsync(agent1, Unique("Chevalier"));
        var keysBefore = await SharingScalarAsync("SELECT count(*) FROM share_keys");
        using var agent2 = await SignedInAsync("agent2@demo.test");

        foreach (var url in new[] { $"/Sharing/CaseFiles/Details/{id}", $"/Sharing/CaseFiles/Edit/{id}", $"/Sharing/CaseFiles/Share/{id}", $"/Sharing/CaseFiles/Delete/{id}" })
        {
            var (response, page) = await agent2.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Page introuvable", page.QuerySelector("h1")!.TextContent);
        }

        // A forged post with agent2's own antiforgery token: still not found, no key issued, nothing deleted.
        var (_, own) = await agent2.GetAsync("/Sharing/Import");
        var token = own.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var url in new[] { $"/Sharing/CaseFiles/Share/{id}", $"/Sharing/CaseFiles/Delete/{id}" })
        {
            using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            var response = await agent2.Client.PostAsync(new Uri(url, UriKind.Relative), post, BrowserSession.Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(keysBefore, await SharingScalarAsync("SELECT count(*) FROM share_keys"));
        Assert.Equal(1L, await SharingScalarAsync("SELECT count(*) FROM case_files WHERE upper(Id) = $id", ("$id", Key(id))));
    }

    [Fact]
    public async Task Only_agents_see_and_reach_my_case_files()
    {
        using var external = await SignedInAsync("external@demo.test");
        foreach (var url in new[] { "/Sharing/CaseFiles", "/Sharing/CaseFiles/Create", "/Sharing/Import", "/Sharing/ShareKeys" })
        {
            var denied = await external.Client.GetAsync(new Uri(url, UriKind.Relative), BrowserSession.Ct);
            Assert.True(BrowserSession.IsRedirect(denied), url);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var (_, externalHome) = await external.GetAsync("/");
        Assert.Null(externalHome.QuerySelector("[data-testid=nav-my-cases]"));

        using var agent = await SignedInAsync("agent1@demo.test");
        var (_, home) = await agent.GetAsync("/");
        Assert.Equal("Mes dossiers", home.QuerySelector("[data-testid=nav-my-cases]")!.TextContent);
        Assert.Equal("/Sharing/CaseFiles", home.QuerySelector("[data-testid=home-my-cases]")!.GetAttribute("href"));
        var (_, list) = await agent.GetAsync("/Sharing/CaseFiles");
        Assert.Equal("Nouveau dossier", list.QuerySelector("[data-testid=new-case]")!.TextContent);
        Assert.Equal("Importer un fichier partagé", list.QuerySelector("[data-testid=import-case]")!.TextContent);

        using var anonymous = new BrowserSession(factory);
        var signIn = await anonymous.Client.GetAsync(new Uri("/Sharing/CaseFiles", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_case_file_asks_first_then_removes_it_from_my_case_files()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var name = Unique("Blanc");
        var id = await CreateCaseAsync(agent, name);

        var (_, confirm) = await agent.GetAsync($"/Sharing/CaseFiles/Delete/{id}");
        Assert.Contains(name, confirm.QuerySelector("[data-testid=delete-question]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await SharingScalarAsync("SELECT count(*) FROM case_files WHERE upper(Id) = $id", ("$id", Key(id))));

        var deleted = await agent.SubmitAsync(confirm, new Dictionary<string, string>(), formAction: $"/Sharing/CaseFiles/Delete/{id}");
        var (_, list) = await agent.FollowAsync(deleted);
        Assert.Equal("Le dossier a été supprimé.", Status(list));
        var (_, search) = await agent.GetAsync("/Sharing/CaseFiles?Search=" + Uri.EscapeDataString(name));
        Assert.Empty(search.QuerySelectorAll("[data-testid=case-row]"));
        Assert.Equal("Aucun dossier ne correspond à cette recherche.", search.QuerySelector("[data-testid=no-cases]")!.TextContent);
        Assert.Equal(0L, await SharingScalarAsync("SELECT count(*) FROM case_files WHERE upper(Id) = $id", ("$id", Key(id))));
    }

    [Fact]
    public async Task An_expired_key_shows_the_seed_message_and_is_listed_as_expired()
    {
        var clock = new AdjustableClock();
        await using var host = new ModularHostFactory { Clock = clock };
        string key;
        Guid keyId;
        using (var agent1 = await SignedInAsync("agent1@demo.test", host))
        {
            (keyId, key) = await ShareAsync(agent1, await CreateCaseAsync(agent1, Unique("Garnier")));
        }

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        // Sessions do not last a month either: both sign in again.
        using var agent2 = await SignedInAsync("agent2@demo.test", host);
        var refused = await BrowserSession.ParseAsync(await ImportAsync(agent2, key));
        Assert.Equal(KeyExpired, ImportError(refused));

        using var issuer = await SignedInAsync("agent1@demo.test", host);
        var (_, keys) = await issuer.GetAsync("/Sharing/ShareKeys?Status=Expired");
        var row = keys.QuerySelector($"[data-testid=key-row][data-key-id='{keyId}']")!;
        Assert.Equal("expirée", row.QuerySelector("[data-testid=key-status]")!.TextContent);
        Assert.Null(row.QuerySelector("[data-testid=revoke-key]"));
    }

    [Fact]
    public async Task Too_many_wrong_keys_make_the_import_wait()
    {
        await using var host = new ModularHostFactory();
        using var agent = await SignedInAsync("agent3@demo.test", host);
        for (var i = 0; i < 10; i++)
        {
            Assert.StartsWith("Une clé de partage compte 28 caractères", ImportError(await BrowserSession.ParseAsync(await ImportAsync(agent, "ABC"))), StringComparison.Ordinal);
        }

        var throttled = await BrowserSession.ParseAsync(await ImportAsync(agent, "ABC"));
        Assert.Equal("Trop de clés erronées : réessayez dans 30 minutes.", ImportError(throttled));
    }

    private const string CreateUrl = "/Sharing/CaseFiles/Create";

    private static string EditUrl(Guid id) => $"/Sharing/CaseFiles/Edit/{id}";

    private async Task<BrowserSession> SignedInAsync(string email, ModularHostFactory? host = null)
    {
        var session = new BrowserSession(host ?? factory);
        var response = await session.SignInAsync(email);
        Assert.True(BrowserSession.IsRedirect(response), $"{email} could not sign in");
        return session;
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Creates a case file through the form: Jeanne, one policy (Assur Plus AP-1001), one section.</summary>
    internal static async Task<Guid> CreateCaseAsync(BrowserSession agent, string lastName)
    {
        var (_, form) = await agent.GetAsync("/Sharing/CaseFiles/Create");
        var created = await agent.SubmitAsync(form, formAction: CreateUrl, fields: new Dictionary<string, string>
        {
            ["Input.Client.LastName"] = lastName, ["Input.Client.FirstName"] = "Jeanne", ["Input.Client.Phone"] = "+33 6 12 34 56 78",
            ["Input.Policies[0].Insurer"] = "Assur Plus", ["Input.Policies[0].Number"] = "AP-1001", ["Input.Policies[0].Product"] = "Habitation",
            ["Input.Policies[0].AnnualPremium"] = "1250,50",
            ["Input.Sections[0].Title"] = "Sinistres", ["Input.Sections[0].Body"] = "Aucun",
        });
        return CaseIdOf(created);
    }

    /// <summary>"Partager ce dossier" from the share page: the key's id and the key as shown.</summary>
    internal static async Task<(Guid Id, string Key)> ShareAsync(BrowserSession agent, Guid caseFileId)
    {
        var (_, page) = await agent.GetAsync($"/Sharing/CaseFiles/Share/{caseFileId}");
        var issued = await BrowserSession.ParseAsync(await agent.SubmitAsync(page, new Dictionary<string, string>(), formAction: $"/Sharing/CaseFiles/Share/{caseFileId}"));
        var key = issued.QuerySelector<IHtmlInputElement>("[data-testid=share-key]")!.Value;
        var id = Guid.Parse(issued.QuerySelector<IHtmlInputElement>("input[name='Send.ShareKeyId']")!.Value);
        return (id, key);
    }

    internal static async Task<HttpResponseMessage> ImportAsync(BrowserSession agent, string key, string query = "")
    {
        var (_, form) = await agent.GetAsync("/Sharing/Import" + query);
        return await agent.SubmitAsync(form, new Dictionary<string, string> { ["Key"] = key });
    }

    private static Guid CaseIdOf(HttpResponseMessage response)
    {
        Assert.True(BrowserSession.IsRedirect(response), $"expected a redirect to the case file, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/Sharing/CaseFiles/Details/", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('/')[^1]);
    }

    /// <summary>Every field of the case file form as the page shows it, as a browser would post it.</summary>
    private static Dictionary<string, string> FieldsOf(IHtmlDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("[data-testid=save-case]")!.Closest("form")!;
        var fields = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Type is not "submit" and not "button")
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            fields[area.Name!] = area.Value;
        }

        return fields;
    }

    private static string Input(IHtmlDocument page, string name) => page.QuerySelector<IHtmlInputElement>($"input[name='{name}']")!.Value;

    private static string FieldError(IHtmlDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")!.ParentElement!.QuerySelector(".field-validation-error")!.TextContent;

    private static string ImportError(IHtmlDocument page) => page.QuerySelector("[data-testid=import-error]")!.TextContent.Trim();

    private static string Status(IHtmlDocument page) => page.QuerySelector("[data-testid=status-message]")!.TextContent;

    private static List<string> History(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=history-entry] > span:first-child").Select(e => e.TextContent)];

    /// <summary>A key in the right format, with a right check character, that was never issued.</summary>
    private static string WellFormedUnknownKey()
    {
        const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var body = string.Concat(Enumerable.Range(0, 27).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(32)]));
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / 32) + (addend % 32);
        }

        var canonical = body + Alphabet[(32 - (sum % 32)) % 32];
        return string.Join('-', Enumerable.Range(0, 7).Select(g => canonical.Substring(g * 4, 4)));
    }

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private async Task<string> ContentAsync(Guid caseFileId)
    {
        await using var connection = await OpenAsync("sharing.db");
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Content FROM case_files WHERE upper(Id) = $id";
        command.Parameters.AddWithValue("$id", Key(caseFileId));
        return (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    private Task<long> SharingScalarAsync(string sql, params (string Name, object Value)[] parameters) => ScalarAsync("sharing.db", sql, parameters);

    private async Task<long> ScalarAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(BrowserSession.Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, database)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        return connection;
    }
}
