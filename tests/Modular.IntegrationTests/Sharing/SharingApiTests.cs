using System.Net;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Sharing.Domain.ShareKeys;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Sharing;

public sealed class SharingApiOnSqliteTests(SharingApiHost host) : SharingApiTests(host), IClassFixture<SharingApiHost>;

public sealed class SharingApiOnPostgreSqlTests(PostgreSqlSharingApiHost host) : SharingApiTests(host), IClassFixture<PostgreSqlSharingApiHost>;

public abstract class SharingApiTests(SharingApiHost host)
{
    private const string Cases = "/api/v1/sharing/cases";
    private const string Keys = "/api/v1/sharing/share-keys";
    private const string Imports = "/api/v1/sharing/imports";
    private const string CaseExistsMessage = "Ce fichier existe déjà dans votre espace Modular. Les informations qui auraient été modifiées depuis sa dernière importation seront effacées. Êtes-vous certain de vouloir continuer ?";

    [Fact]
    public async Task An_agent_creates_reads_edits_lists_and_shares_a_case_file()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        var clientName = "Éléonore " + Unique();

        var created = await agent1.PostAsync(Cases, Content(clientName, notes: "Premier rendez-vous"));
        var id = (await ExpectAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal($"{Cases}/{id}", created.Headers.Location?.OriginalString);

        var read = await agent1.GetAsync($"{Cases}/{id}");
        var caseFile = await ExpectAsync(read, HttpStatusCode.OK);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal(1, caseFile.GetProperty("revision").GetInt32());
        Assert.Equal(clientName, caseFile.GetProperty("content").GetProperty("client").GetProperty("lastName").GetString());
        Assert.Equal("1984-03-09", caseFile.GetProperty("content").GetProperty("client").GetProperty("birthDate").GetString());
        Assert.Equal(1200.50m, caseFile.GetProperty("content").GetProperty("policies")[0].GetProperty("annualPremium").GetDecimal());
        Assert.Equal(["Created"], caseFile.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));

        var updated = await agent1.PutAsync($"{Cases}/{id}", new { revision = 1, content = Content(clientName, notes: "Deuxième rendez-vous") });
        Assert.Equal(2, (await ExpectAsync(updated, HttpStatusCode.OK)).GetProperty("revision").GetInt32());
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);
        var afterUpdate = await ExpectAsync(await agent1.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK);
        Assert.Equal("Deuxième rendez-vous", afterUpdate.GetProperty("content").GetProperty("notes").GetString());

        // Search ignores case and accents.
        var list = await ExpectAsync(await agent1.GetAsync($"{Cases}?search={Uri.EscapeDataString(clientName.ToUpperInvariant().Replace('É', 'E'))}&page=1&pageSize=5"), HttpStatusCode.OK);
        var summary = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(id, summary.GetProperty("id").GetGuid());
        Assert.Equal(2, summary.GetProperty("revision").GetInt32());
        Assert.Equal(1, summary.GetProperty("policyCount").GetInt32());
        Assert.False(summary.GetProperty("imported").GetBoolean());
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());

        var shared = await agent1.PostAsync($"{Cases}/{id}/share-keys");
        var issued = await ExpectAsync(shared, HttpStatusCode.Created);
        Assert.True(shared.Headers.CacheControl?.NoStore);
        Assert.Matches("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$", issued.GetProperty("key").GetString());
        var expiresAt = issued.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(30));

        var keys = await ExpectAsync(await agent1.GetAsync($"{Keys}?status=pending&pageSize=100"), HttpStatusCode.OK);
        var key = keys.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == issued.GetProperty("id").GetGuid());
        Assert.Equal("Pending", key.GetProperty("status").GetString());
        Assert.Equal($"{clientName} Claire", key.GetProperty("clientName").GetString());
        Assert.Equal(id, key.GetProperty("caseFileId").GetGuid());
        Assert.False(key.TryGetProperty("key", out _), "the key is shown once, never in the list");
        var history = (await ExpectAsync(await agent1.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK)).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString());
        Assert.Equal(["Shared", "Edited", "Created"], history);

        Assert.Equal(HttpStatusCode.NoContent, (await agent1.DeleteAsync($"{Cases}/{id}")).StatusCode);
        await ExpectProblemAsync(await agent1.GetAsync($"{Cases}/{id}"), HttpStatusCode.NotFound, "case-not-found");
    }

    [Fact]
    public async Task A_case_file_goes_to_a_colleague_and_back_then_the_overwrite_is_confirmed_and_undone()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        using var agent2 = await host.CallerAsync("agent2@demo.test");
        var clientName = "Martin " + Unique();
        var original = await CreateAsync(agent1, Content(clientName, notes: "Notes d'Antoine"));
        var key = await ShareAsync(agent1, original);

        var imported = await agent2.PostAsync(Imports, new { key, confirmOverwrite = false });
        var import = await ExpectAsync(imported, HttpStatusCode.Created);
        var copy = import.GetProperty("caseFileId").GetGuid();
        Assert.False(import.GetProperty("overwritten").GetBoolean());
        Assert.NotEqual(original, copy);
        Assert.Equal($"{Cases}/{copy}", imported.Headers.Location?.OriginalString);
        var copyFile = await ExpectAsync(await agent2.GetAsync($"{Cases}/{copy}"), HttpStatusCode.OK);
        Assert.Equal("Notes d'Antoine", copyFile.GetProperty("content").GetProperty("notes").GetString());
        Assert.Equal(["Imported"], copyFile.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        var agent2List = await ExpectAsync(await agent2.GetAsync($"{Cases}?search={Uri.EscapeDataString(clientName)}"), HttpStatusCode.OK);
        Assert.True(Assert.Single(agent2List.GetProperty("items").EnumerateArray()).GetProperty("imported").GetBoolean());
        Assert.Equal("Used", (await KeyOfAsync(agent1, original)).GetProperty("status").GetString());

        // Béatrice edits her copy and shares it back; meanwhile Antoine added a section to his.
        await ExpectAsync(await agent2.PutAsync($"{Cases}/{copy}", new { revision = 1, content = Content(clientName, notes: "Notes de Béatrice", sections: [("Sinistres", "Dégât des eaux 2024")]) }), HttpStatusCode.OK);
        var keyBack = await ShareAsync(agent2, copy);
        await ExpectAsync(await agent1.PutAsync($"{Cases}/{original}", new { revision = 1, content = Content(clientName, notes: "Notes d'Antoine", sections: [("Rappels", "Appeler en mars")]) }), HttpStatusCode.OK);

        var exists = await ExpectProblemAsync(await agent1.PostAsync(Imports, new { key = keyBack, confirmOverwrite = false }), HttpStatusCode.Conflict, "case-exists");
        Assert.Equal(CaseExistsMessage, exists.GetProperty("detail").GetString());
        Assert.Equal(original, exists.GetProperty("caseId").GetGuid());
        Assert.Equal($"{clientName} Claire", exists.GetProperty("clientName").GetString());
        var erased = exists.GetProperty("erased").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.TryGetProperty("name", out var n) ? n.GetString() : null, e.GetProperty("label").GetString())).ToList();
        Assert.Equal([("notes", null, "Notes"), ("section", "Rappels", "Section « Rappels »")], erased);
        Assert.Equal("Pending", (await KeyOfAsync(agent2, copy)).GetProperty("status").GetString());
        Assert.Equal(2, (await ExpectAsync(await agent1.GetAsync($"{Cases}/{original}"), HttpStatusCode.OK)).GetProperty("revision").GetInt32());

        var overwritten = await agent1.PostAsync(Imports, new { key = keyBack, confirmOverwrite = true });
        var overwrite = await ExpectAsync(overwritten, HttpStatusCode.Created);
        Assert.True(overwrite.GetProperty("overwritten").GetBoolean());
        Assert.Equal(original, overwrite.GetProperty("caseFileId").GetGuid());
        Assert.Equal($"{Cases}/{original}", overwritten.Headers.Location?.OriginalString);
        var afterOverwrite = await ExpectAsync(await agent1.GetAsync($"{Cases}/{original}"), HttpStatusCode.OK);
        Assert.Equal("Notes de Béatrice", afterOverwrite.GetProperty("content").GetProperty("notes").GetString());
        Assert.Equal("Overwritten", afterOverwrite.GetProperty("history")[0].GetProperty("kind").GetString());
        var restorePoint = Assert.Single(afterOverwrite.GetProperty("restorePoints").EnumerateArray());
        Assert.Equal(2, restorePoint.GetProperty("revision").GetInt32());
        var agent1List = await ExpectAsync(await agent1.GetAsync($"{Cases}?search={Uri.EscapeDataString(clientName)}"), HttpStatusCode.OK);
        Assert.Equal(1, agent1List.GetProperty("totalCount").GetInt32());

        var restored = await agent1.PostAsync($"{Cases}/{original}/restore", new { restorePointId = restorePoint.GetProperty("id").GetGuid() });
        Assert.Equal(4, (await ExpectAsync(restored, HttpStatusCode.OK)).GetProperty("revision").GetInt32());
        Assert.Equal("\"4\"", restored.Headers.ETag?.Tag);
        var afterRestore = await ExpectAsync(await agent1.GetAsync($"{Cases}/{original}"), HttpStatusCode.OK);
        Assert.Equal("Notes d'Antoine", afterRestore.GetProperty("content").GetProperty("notes").GetString());
        Assert.Equal("Rappels", Assert.Single(afterRestore.GetProperty("content").GetProperty("sections").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("Restored", afterRestore.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.Equal(3, Assert.Single(afterRestore.GetProperty("restorePoints").EnumerateArray()).GetProperty("revision").GetInt32());

        // The restore point is gone once used.
        await ExpectProblemAsync(await agent1.PostAsync($"{Cases}/{original}/restore", new { restorePointId = restorePoint.GetProperty("id").GetGuid() }), HttpStatusCode.NotFound, "restore-point-not-found");
    }

    [Fact]
    public async Task Used_revoked_unknown_and_malformed_keys_each_say_why()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        using var agent2 = await host.CallerAsync("agent2@demo.test");
        var caseFile = await CreateAsync(agent1, Content("Bernard " + Unique()));

        var used = await ShareAsync(agent1, caseFile);
        await ExpectAsync(await agent2.PostAsync(Imports, new { key = used }), HttpStatusCode.Created);
        var usedProblem = await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = used, confirmOverwrite = true }), HttpStatusCode.Gone, "key-used");
        Assert.Equal("Clé déjà utilisée pour importer un fichier", usedProblem.GetProperty("detail").GetString());
        await ExpectProblemAsync(await agent1.DeleteAsync($"{Keys}/{(await KeyOfAsync(agent1, caseFile)).GetProperty("id").GetGuid()}"), HttpStatusCode.Conflict, "share-key-not-pending");

        var revokedKey = await IssueAsync(agent1, caseFile);
        Assert.Equal(HttpStatusCode.NoContent, (await agent1.DeleteAsync($"{Keys}/{revokedKey.GetProperty("id").GetGuid()}")).StatusCode);
        var revoked = await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = revokedKey.GetProperty("key").GetString() }), HttpStatusCode.Gone, "key-revoked");
        Assert.Equal("Cette clé de partage a été révoquée par la personne qui l'a émise.", revoked.GetProperty("detail").GetString());
        await ExpectProblemAsync(await agent1.DeleteAsync($"{Keys}/{revokedKey.GetProperty("id").GetGuid()}"), HttpStatusCode.Conflict, "share-key-not-pending");
        var revokedInList = await ExpectAsync(await agent1.GetAsync($"{Keys}?status=Revoked&pageSize=100"), HttpStatusCode.OK);
        Assert.Contains(revokedInList.GetProperty("items").EnumerateArray(), k => k.GetProperty("id").GetGuid() == revokedKey.GetProperty("id").GetGuid() && k.GetProperty("revokedAt").ValueKind == JsonValueKind.String);

        await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = ShareKeyText.Generate().Display }), HttpStatusCode.NotFound, "key-unknown");

        var pending = await ShareAsync(agent1, caseFile);
        var typo = Typo(pending);
        Assert.Equal("typo", (await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = typo }), HttpStatusCode.UnprocessableEntity, "key-malformed")).GetProperty("reason").GetString());
        var tooShort = await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = pending[..^5] }), HttpStatusCode.UnprocessableEntity, "key-malformed");
        Assert.Equal("length", tooShort.GetProperty("reason").GetString());
        Assert.Equal(24, tooShort.GetProperty("length").GetInt32());
        Assert.Equal("length", (await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = pending + "-7" }), HttpStatusCode.UnprocessableEntity, "key-malformed")).GetProperty("reason").GetString());
        Assert.Equal("characters", (await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = $"Voici la clé : {pending}. Cordialement" }), HttpStatusCode.UnprocessableEntity, "key-malformed")).GetProperty("reason").GetString());
        Assert.Equal("empty", (await ExpectProblemAsync(await agent2.PostAsync(Imports, new { confirmOverwrite = false }), HttpStatusCode.UnprocessableEntity, "key-malformed")).GetProperty("reason").GetString());

        // Nothing above consumed the key: pasted in lower case, broken over lines, it still imports once.
        var pasted = "\r\n  " + string.Join(" \n", pending.ToLowerInvariant().Split('-')) + " \t\n";
        Assert.Equal("Pending", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());
        await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key = pasted }), HttpStatusCode.Conflict, "case-exists");
        var reimport = await ExpectAsync(await agent2.PostAsync(Imports, new { key = pasted, confirmOverwrite = true }), HttpStatusCode.Created);
        Assert.True(reimport.GetProperty("overwritten").GetBoolean());
    }

    [Fact]
    public async Task Fifty_simultaneous_imports_of_one_key_make_exactly_one_copy()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        using var agent2 = await host.CallerAsync("agent2@demo.test");
        var clientName = "Durand " + Unique();
        var caseFile = await CreateAsync(agent1, Content(clientName));
        var key = await ShareAsync(agent1, caseFile);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => agent2.PostAsync(Imports, new { key, confirmOverwrite = false })));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.Created) == 1 && statuses.GetValueOrDefault(HttpStatusCode.Gone) == 49, string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}")));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Gone))
        {
            await ExpectProblemAsync(refused, HttpStatusCode.Gone, "key-used");
        }

        var copies = await ExpectAsync(await agent2.GetAsync($"{Cases}?search={Uri.EscapeDataString(clientName)}"), HttpStatusCode.OK);
        var copy = Assert.Single(copies.GetProperty("items").EnumerateArray());
        Assert.Equal((await ExpectAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Created), HttpStatusCode.Created)).GetProperty("caseFileId").GetGuid(), copy.GetProperty("id").GetGuid());
        Assert.Equal("Used", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_persons_case_files_and_keys_are_not_found_even_in_the_same_organisation()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        var clientName = "Petit " + Unique();
        var caseFile = await CreateAsync(agent1, Content(clientName, notes: "Confidentiel"));
        var keyId = (await IssueAsync(agent1, caseFile)).GetProperty("id").GetGuid();

        foreach (var email in new[] { "agent2@demo.test", "agent3@demo.test" })
        {
            using var other = await host.CallerAsync(email);
            await ExpectProblemAsync(await other.GetAsync($"{Cases}/{caseFile}"), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.PutAsync($"{Cases}/{caseFile}", new { revision = 2, content = Content("Pirate") }), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.PutAsync($"{Cases}/{caseFile}", new { content = Content("Pirate") }, ifMatch: "\"2\""), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.PostAsync($"{Cases}/{caseFile}/share-keys"), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.PostAsync($"{Cases}/{caseFile}/restore", new { restorePointId = Guid.NewGuid() }), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.DeleteAsync($"{Cases}/{caseFile}"), HttpStatusCode.NotFound, "case-not-found");
            await ExpectProblemAsync(await other.DeleteAsync($"{Keys}/{keyId}"), HttpStatusCode.NotFound, "share-key-not-found");
            var list = await ExpectAsync(await other.GetAsync($"{Cases}?search={Uri.EscapeDataString(clientName)}"), HttpStatusCode.OK);
            Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
            var keys = await ExpectAsync(await other.GetAsync($"{Keys}?pageSize=100"), HttpStatusCode.OK);
            Assert.DoesNotContain(keys.GetProperty("items").EnumerateArray(), k => k.GetProperty("id").GetGuid() == keyId);
        }

        // Untouched: same revision and content, one key still pending, nothing shared by others.
        var mine = await ExpectAsync(await agent1.GetAsync($"{Cases}/{caseFile}"), HttpStatusCode.OK);
        Assert.Equal(1, mine.GetProperty("revision").GetInt32());
        Assert.Equal(clientName, mine.GetProperty("content").GetProperty("client").GetProperty("lastName").GetString());
        Assert.Equal(["Shared", "Created"], mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal("Pending", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_saves_from_the_same_revision_keep_the_first_and_refuse_the_second()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        var clientName = "Moreau " + Unique();
        var caseFile = await CreateAsync(agent1, Content(clientName));

        await ExpectAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { revision = 1, content = Content(clientName, notes: "Onglet A") }), HttpStatusCode.OK);
        var stale = await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { revision = 1, content = Content(clientName, notes: "Onglet B") }), HttpStatusCode.Conflict, "case-modified");
        Assert.Equal(2, stale.GetProperty("currentRevision").GetInt32());
        var stored = await ExpectAsync(await agent1.GetAsync($"{Cases}/{caseFile}"), HttpStatusCode.OK);
        Assert.Equal("Onglet A", stored.GetProperty("content").GetProperty("notes").GetString());

        // The ETag works as If-Match, and a stale one is a failed precondition.
        await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { content = Content(clientName, notes: "Onglet B") }, ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed, "case-modified");
        var saved = await agent1.PutAsync($"{Cases}/{caseFile}", new { content = Content(clientName, notes: "Onglet C") }, ifMatch: "\"2\"");
        Assert.Equal(3, (await ExpectAsync(saved, HttpStatusCode.OK)).GetProperty("revision").GetInt32());
        Assert.Equal("\"3\"", saved.Headers.ETag?.Tag);
        await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { content = Content(clientName) }), HttpStatusCode.UnprocessableEntity, "revision-required");
        await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { content = Content(clientName) }, ifMatch: "*"), HttpStatusCode.UnprocessableEntity, "etag-unreadable");
        var invalid = await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{caseFile}", new { revision = 3, content = Content(" ") }), HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Contains("Client.LastName", invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("Onglet C", (await ExpectAsync(await agent1.GetAsync($"{Cases}/{caseFile}"), HttpStatusCode.OK)).GetProperty("content").GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_refused_field_is_422_with_the_field_and_its_message_under_errors()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");
        var before = (await ExpectAsync(await agent1.GetAsync(Cases), HttpStatusCode.OK)).GetProperty("totalCount").GetInt32();

        var response = await agent1.PostAsync(Cases, Content(" "));

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:modular:problem:validation-failed", problem.GetProperty("type").GetString());
        var messages = problem.GetProperty("errors").GetProperty("Client.LastName");
        Assert.NotEqual(JsonValueKind.Undefined, messages.ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(messages.EnumerateArray()).GetString()));
        Assert.Equal(before, (await ExpectAsync(await agent1.GetAsync(Cases), HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_malformed_key_is_explained_in_the_callers_language()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");

        var french = await ExpectProblemAsync(await agent1.PostAsync(Imports, new { key = "ABCD-EFGH" }), HttpStatusCode.UnprocessableEntity, "key-malformed");
        var english = await ExpectProblemAsync(
            await agent1.SendAsync(HttpMethod.Post, Imports, new { key = "ABCD-EFGH" }, r => r.Headers.AcceptLanguage.ParseAdd("en-GB")), HttpStatusCode.UnprocessableEntity, "key-malformed");

        Assert.Equal("length", english.GetProperty("reason").GetString());
        Assert.Equal("Une clé de partage compte 28 caractères (7 groupes de 4) ; celle-ci en compte 8. Vérifiez qu'elle a été copiée en entier.", french.GetProperty("detail").GetString());
        Assert.Equal("A share key has 28 characters (7 groups of 4); this one has 8. Check that it was copied in full.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_scope_or_the_agent_role_the_api_refuses()
    {
        using var anonymous = new ApiCaller(host.CreateApiClient(), null, null);
        var unauthenticated = await anonymous.GetAsync(Cases);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Contains(unauthenticated.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal("application/problem+json", unauthenticated.Content.Headers.ContentType?.MediaType);

        using var withoutScope = await host.CallerAsync("agent1@demo.test", scope: "openid identity.read");
        foreach (var response in new[] { await withoutScope.GetAsync(Cases), await withoutScope.PostAsync(Imports, new { key = "x" }) })
        {
            var problem = await ExpectAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Le jeton d'accès n'a pas la portée requise pour cette opération.", problem.GetProperty("detail").GetString());
        }

        using var external = await host.CallerAsync("external@demo.test");
        await ExpectProblemAsync(await external.GetAsync(Cases), HttpStatusCode.Forbidden, "role-required");
        await ExpectProblemAsync(await external.PostAsync(Cases, Content("Externe")), HttpStatusCode.Forbidden, "role-required");
        await ExpectProblemAsync(await external.PostAsync(Imports, new { key = ShareKeyText.Generate().Display }), HttpStatusCode.Forbidden, "role-required");

        using var tokenClient = host.CreateApiClient();
        using var system = new ApiCaller(host.CreateApiClient(), await Tokens.ClientCredentialsAsync(tokenClient, "sharing"), null);
        await ExpectProblemAsync(await system.GetAsync(Cases), HttpStatusCode.Forbidden, "role-required");
        await ExpectProblemAsync(await system.GetAsync(Keys), HttpStatusCode.Forbidden, "role-required");
        await ExpectProblemAsync(await system.PostAsync(Imports, new { key = ShareKeyText.Generate().Display }), HttpStatusCode.Forbidden, "role-required");
    }

    [Fact]
    public async Task Bodies_and_queries_are_checked_and_answered_as_problem_details()
    {
        using var agent1 = await host.CallerAsync("agent1@demo.test");

        using var broken = new StringContent("{\"client\": {\"lastName\": ", Encoding.UTF8, "application/json");
        var malformed = await ExpectProblemAsync(await agent1.PostAsync(Cases, broken), HttpStatusCode.BadRequest, "request-unreadable");
        Assert.StartsWith("La requête ne peut être lue", malformed.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var wrongType = new StringContent("{\"key\": 42}", Encoding.UTF8, "application/json");
        await ExpectProblemAsync(await agent1.PostAsync(Imports, wrongType), HttpStatusCode.BadRequest, "request-unreadable");
        await ExpectProblemAsync(await agent1.PutAsync($"{Cases}/{Guid.NewGuid()}", new { revision = "deux" }), HttpStatusCode.BadRequest, "request-unreadable");
        Assert.Equal(0, (await ExpectAsync(await agent1.GetAsync($"{Cases}?search=nobody-{Unique()}"), HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());

        await ExpectProblemAsync(await agent1.GetAsync($"{Keys}?status=Forgotten"), HttpStatusCode.UnprocessableEntity, "status-unknown");
        await ExpectProblemAsync(await agent1.GetAsync($"{Keys}?status=1"), HttpStatusCode.UnprocessableEntity, "status-unknown");
        await ExpectProblemAsync(await agent1.GetAsync($"{Cases}/not-a-guid"), HttpStatusCode.NotFound, "endpoint-not-found");

        var paged = await ExpectAsync(await agent1.GetAsync($"{Cases}?page=0&pageSize=1000"), HttpStatusCode.OK);
        Assert.Equal(1, paged.GetProperty("page").GetInt32());
        Assert.Equal(100, paged.GetProperty("pageSize").GetInt32());

        var openApi = await ExpectAsync(await agent1.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var import = openApi.GetProperty("paths").GetProperty("/api/v1/sharing/imports").GetProperty("post");
        Assert.Equal("ImportSharedCaseFile", import.GetProperty("operationId").GetString());
        Assert.Equal(["Sharing"], import.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["sharing"], import.GetProperty("security")[0].GetProperty("oauth2").EnumerateArray().Select(s => s.GetString()));
        Assert.True(import.GetProperty("responses").TryGetProperty("429", out _));
    }

    [Fact]
    public async Task After_ten_wrong_keys_imports_wait_per_person_and_per_address_and_a_good_key_is_not_consumed()
    {
        await using var isolated = new SharingApiHost();
        using var agent1 = await isolated.CallerAsync("agent1@demo.test");
        var caseFile = await CreateAsync(agent1, Content("Roux " + Unique()));
        var key = await ShareAsync(agent1, caseFile);
        const string Address = "198.51.100.10";
        using var agent2 = await isolated.CallerAsync("agent2@demo.test", Address);

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var wrong = await agent2.PostAsync(Imports, new { key = attempt % 2 == 0 ? ShareKeyText.Generate().Display : Typo(key) });
            Assert.True(wrong.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity, $"attempt {attempt}: {(int)wrong.StatusCode}");
        }

        var throttled = await agent2.PostAsync(Imports, new { key = ShareKeyText.Generate().Display });
        var problem = await ExpectProblemAsync(throttled, HttpStatusCode.TooManyRequests, "import-throttled");
        var retryAfter = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30));
        Assert.Equal((int)retryAfter.Value.TotalSeconds, problem.GetProperty("retryAfter").GetInt32());

        // A good key is refused too, and stays usable.
        await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key }), HttpStatusCode.TooManyRequests, "import-throttled");
        Assert.Equal("Pending", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());

        // Per person: the same person elsewhere waits; per address: someone else there waits.
        using var agent2Elsewhere = await isolated.CallerAsync("agent2@demo.test", "198.51.100.20");
        await ExpectProblemAsync(await agent2Elsewhere.PostAsync(Imports, new { key }), HttpStatusCode.TooManyRequests, "import-throttled");
        using var agent3There = await isolated.CallerAsync("agent3@demo.test", Address);
        await ExpectProblemAsync(await agent3There.PostAsync(Imports, new { key }), HttpStatusCode.TooManyRequests, "import-throttled");
        Assert.Equal("Pending", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());

        using var agent3Elsewhere = await isolated.CallerAsync("agent3@demo.test", "198.51.100.30");
        await ExpectAsync(await agent3Elsewhere.PostAsync(Imports, new { key }), HttpStatusCode.Created);
        Assert.Equal("Used", (await KeyOfAsync(agent1, caseFile)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_key_older_than_thirty_days_is_expired()
    {
        await using var isolated = new SharingApiHost();
        using var agent1 = await isolated.CallerAsync("agent1@demo.test");
        var caseFile = await CreateAsync(agent1, Content("Girard " + Unique()));
        var key = await ShareAsync(agent1, caseFile);

        isolated.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        using var agent2 = await isolated.CallerAsync("agent2@demo.test");
        var expired = await ExpectProblemAsync(await agent2.PostAsync(Imports, new { key }), HttpStatusCode.Gone, "key-expired");
        Assert.Equal("La clé de partage est expirée.", expired.GetProperty("detail").GetString());

        using var agent1Later = await isolated.CallerAsync("agent1@demo.test");
        Assert.Equal("Expired", (await KeyOfAsync(agent1Later, caseFile)).GetProperty("status").GetString());
        await ExpectProblemAsync(await agent1Later.DeleteAsync($"{Keys}/{(await KeyOfAsync(agent1Later, caseFile)).GetProperty("id").GetGuid()}"), HttpStatusCode.Conflict, "share-key-not-pending");
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static object Content(string lastName, string? notes = null, (string Title, string Body)[]? sections = null) => new
    {
        client = new { lastName, firstName = "Claire", birthDate = "1984-03-09", email = "claire@example.test", phone = (string?)null, address = "1 rue de la Paix, 75002 Paris" },
        policies = new[] { new { insurer = "Assur+", number = "P-001", product = "Habitation", annualPremium = 1200.50m } },
        notes,
        sections = (sections ?? []).Select(s => new { title = s.Title, body = s.Body }).ToArray(),
    };

    private static async Task<Guid> CreateAsync(ApiCaller caller, object content) =>
        (await ExpectAsync(await caller.PostAsync(Cases, content), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> IssueAsync(ApiCaller caller, Guid caseFile) =>
        await ExpectAsync(await caller.PostAsync($"{Cases}/{caseFile}/share-keys"), HttpStatusCode.Created);

    private static async Task<string> ShareAsync(ApiCaller caller, Guid caseFile) => (await IssueAsync(caller, caseFile)).GetProperty("key").GetString()!;

    /// <summary>The newest key the caller issued for the case file, as their list shows it.</summary>
    private static async Task<JsonElement> KeyOfAsync(ApiCaller caller, Guid caseFile)
    {
        var keys = await ExpectAsync(await caller.GetAsync($"{Keys}?pageSize=100"), HttpStatusCode.OK);
        return keys.GetProperty("items").EnumerateArray().First(k => k.GetProperty("caseFileId").GetGuid() == caseFile);
    }

    /// <summary>The key with one character changed to another of the alphabet, as a person retyping it might.</summary>
    private static string Typo(string key)
    {
        var chars = key.ToCharArray();
        chars[5] = ShareKeyText.Alphabet.First(c => c != chars[5]);
        return new string(chars);
    }
}
