using System.Net;
using System.Security.Claims;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Security;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Demo;

/// <summary>
/// The Host started twice on one data folder with the demo content on, as a developer's
/// <c>dotnet run</c> then a restart: what the first start seeded, the second leaves as it is.
/// </summary>
public sealed class DemoSeedFixture : IAsyncLifetime
{
    private static readonly string[] Databases = ["identity", "notifications", "sharing", "vault", "portfolio", "delegation"];

    public ModularHostFactory Host { get; private set; } = null!;

    /// <summary>Rows of every table of every module, and the files of the blob store, after each start.</summary>
    public IReadOnlyDictionary<string, long> AfterFirstStart { get; private set; } = null!;

    public IReadOnlyDictionary<string, long> AfterSecondStart { get; private set; } = null!;

    public AgentView FirstView { get; private set; } = null!;

    public AgentView SecondView { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var first = WithDemoContent(new ModularHostFactory { KeepDataDirectory = true });
        _ = first.Services;
        var dataDirectory = first.DataDirectory;
        AfterFirstStart = await SettledCountsAsync(dataDirectory);
        FirstView = await AgentView.ReadAsync(first);
        await first.DisposeAsync();
        SqliteConnection.ClearAllPools();

        Host = WithDemoContent(ModularHostFactory.Reusing(dataDirectory));
        _ = Host.Services;
        AfterSecondStart = await SettledCountsAsync(dataDirectory);
        SecondView = await AgentView.ReadAsync(Host);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            Host.KeepDataDirectory = false;
            await Host.DisposeAsync();
        }
    }

    private static ModularHostFactory WithDemoContent(ModularHostFactory factory)
    {
        factory.Settings["Modular:SeedDemoContent"] = "true";
        return factory;
    }

    /// <summary>
    /// The counts once the background delivery has sent the seed's messages (each delivery writes an
    /// event of its own): what a start leaves, not a moment of its delivery.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, long>> SettledCountsAsync(string dataDirectory)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var previous = await CountAsync(dataDirectory);
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), BrowserSession.Ct);
            var current = await CountAsync(dataDirectory);
            if ((await UnsentMessagesAsync(dataDirectory) == 0 && current.SequenceEqual(previous)) || DateTime.UtcNow > deadline)
            {
                return current;
            }

            previous = current;
        }
    }

    private static async Task<long> UnsentMessagesAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM messages WHERE Attempts = 0";
        return (long)(await count.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountAsync(string dataDirectory)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var database in Databases)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, database + ".db")};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync(BrowserSession.Ct);
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' AND name NOT LIKE '__ef%'";
                await using var reader = await list.ExecuteReaderAsync(BrowserSession.Ct);
                while (await reader.ReadAsync(BrowserSession.Ct))
                {
                    tables.Add(reader.GetString(0));
                }
            }

            // The views' own sign-ins are traced there (the shared-credential watch): the test's doing, not a start's.
            foreach (var table in tables.Where(t => !(database == "identity" && t == "SignInTraces")))
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[$"{database}.{table}"] = (long)(await count.ExecuteScalarAsync(BrowserSession.Ct))!;
            }
        }

        counts["blobs"] = Directory.EnumerateFiles(Path.Combine(dataDirectory, "blobs"), "*", SearchOption.AllDirectories).LongCount();
        return counts;
    }
}

/// <summary>What agent1 sees, signed in, on the pages of Sharing and Vault.</summary>
public sealed record AgentView(
    IReadOnlyList<string> CaseFiles,
    IReadOnlyList<string> PendingKeys,
    IReadOnlyList<string> Folders,
    IReadOnlyList<string> People,
    IReadOnlyList<string> ClaimFolderDocuments,
    IReadOnlyList<string> LinkStatuses,
    IReadOnlyList<string> Collections,
    string MartinInvitation)
{
    public static async Task<AgentView> ReadAsync(ModularHostFactory host)
    {
        using var agent = new BrowserSession(host);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "agent1 could not sign in");

        var cases = await PageAsync(agent, "/Sharing/CaseFiles");
        var keys = await PageAsync(agent, "/Sharing/ShareKeys");
        var vault = await PageAsync(agent, "/Vault");
        var folders = vault.QuerySelectorAll("[data-testid=folder-row]").ToList();
        var claim = folders.Single(f => Text(f, "folder-link") == "Sinistre auto - Sophie Martin");
        var claimPage = await PageAsync(agent, "/Vault/Folders/Details/" + claim.GetAttribute("data-folder-id"));
        var accounting = folders.Single(f => Text(f, "folder-link") == "Boulangerie Lefèvre - comptabilité 2024");
        var accountingPage = await PageAsync(agent, "/Vault/Folders/Details/" + accounting.GetAttribute("data-folder-id"));
        var people = await PageAsync(agent, "/Vault/People");
        var martin = people.QuerySelectorAll("[data-testid=person-row]").Single(p => Text(p, "person-link") == "MARTIN Sophie");
        var martinPage = await PageAsync(agent, "/Vault/People/Details/" + martin.GetAttribute("data-person-id"));

        return new AgentView(
            Texts(cases, "[data-testid=case-name]"),
            [.. keys.QuerySelectorAll("[data-testid=key-status]").Select(k => k.GetAttribute("data-status")!)],
            [.. folders.Select(f => $"{Text(f, "folder-link")} ({Text(f, "folder-count")})")],
            Texts(people, "[data-testid=person-link]"),
            Texts(claimPage, "[data-testid=document-name]"),
            Texts(claimPage, "#links [data-testid=link-row] [data-testid=link-status]"),
            Texts(accountingPage, "[data-testid=collection-status]"),
            martinPage.QuerySelector("[data-testid=invitation]")?.GetAttribute("data-status") ?? "none");
    }

    private static async Task<IDocument> PageAsync(BrowserSession session, string url)
    {
        var (response, document) = await session.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return document;
    }

    private static string Text(IElement element, string testId) => element.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static List<string> Texts(IDocument document, string selector) => [.. document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];
}

public sealed class DemoSeedTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    [Fact]
    public void A_second_start_on_seeded_data_adds_no_row_and_no_file()
    {
        var changed = fixture.AfterSecondStart
            .Where(count => fixture.AfterFirstStart.GetValueOrDefault(count.Key) != count.Value)
            .Select(count => $"{count.Key}: {fixture.AfterFirstStart.GetValueOrDefault(count.Key)} -> {count.Value}");
        Assert.Empty(changed);
        Assert.Equal(fixture.AfterFirstStart.Keys, fixture.AfterSecondStart.Keys);
        Assert.Equal(3, fixture.AfterFirstStart["sharing.case_files"]);
        Assert.Equal(8, fixture.AfterFirstStart["vault.documents"]);
    }

    [Fact]
    public async Task Cabinet_Demo_has_twelve_establishments_three_months_of_deposits_and_agent2_a_profile_on_four()
    {
        Assert.Equal(12, fixture.AfterSecondStart["portfolio.establishments"]);
        Assert.Equal((1, 1, 2), (fixture.AfterSecondStart["portfolio.delegation_profiles"], fixture.AfterSecondStart["portfolio.administrators"], fixture.AfterSecondStart["portfolio.seeding_requests"]));

        using var admin = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await admin.SignInAsync("admin@demo.test")), "admin could not sign in");
        var (_, portfolio) = await admin.GetAsync("/Portfolio");
        Assert.Equal(12, portfolio.QuerySelectorAll("[data-testid=establishment-row]").Length);
        Assert.Single(portfolio.QuerySelectorAll("[data-testid=to-complete]"));
        Assert.NotNull(portfolio.QuerySelector("[data-testid=establishment-row][data-siret='35600000000010']"));
        var (_, schedule) = await admin.GetAsync("/Portfolio/Schedule");
        var states = schedule.QuerySelectorAll("[data-testid=schedule-row]").ToDictionary(r => r.GetAttribute("data-siret")!, r => r.GetAttribute("data-state")!);
        Assert.Equal(12, states.Count);
        Assert.Equal("Unknown", states["30977996500016"]);
        Assert.All(states.Where(s => s.Key != "30977996500016"), s => Assert.Contains(s.Value, new[] { "Awaited", "Overdue" }));

        // The seed's months are the product's (Paris): two months back, all on time but La Poste's (added by hand in
        // the month) and the one to complete (no due day yet); three back, one late, and La Poste not listed (added after).
        var paris = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        var (_, twoBack) = await admin.GetAsync($"/Portfolio/Schedule?month={paris.AddMonths(-2):yyyy-MM}");
        Assert.Equal(
            [("35600000000010", "Overdue"), ("30977996500016", "Unknown")],
            twoBack.QuerySelectorAll("[data-testid=schedule-row]").Select(r => (r.GetAttribute("data-siret")!, r.GetAttribute("data-state")!)).Where(r => r.Item2 != "OnTime"));
        var (_, threeBack) = await admin.GetAsync($"/Portfolio/Schedule?month={paris.AddMonths(-3):yyyy-MM}");
        Assert.Equal(10, threeBack.QuerySelectorAll("[data-testid=schedule-row]").Length);
        Assert.Equal(
            [("30411788000019", "Late")],
            threeBack.QuerySelectorAll("[data-testid=schedule-row]").Select(r => (r.GetAttribute("data-siret")!, r.GetAttribute("data-state")!)).Where(r => r.Item2 is "Late" or "Overdue"));

        using var agent2 = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await agent2.SignInAsync("agent2@demo.test")), "agent2 could not sign in");
        var (_, part) = await agent2.GetAsync("/Portfolio");
        Assert.Equal(
            ["30267662200012", "30319135700019", "30411788000019", "30463261500015"],
            part.QuerySelectorAll("[data-testid=establishment-row]").Select(r => r.GetAttribute("data-siret")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Agent1_has_mandated_agent2_for_the_vault_and_two_requests_wait_one_for_its_mandatary_one_for_the_back_office()
    {
        Assert.Equal((3, 1), (fixture.AfterSecondStart["delegation.mandate_requests"], fixture.AfterSecondStart["delegation.mandates"]));

        using var agent2 = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await agent2.SignInAsync("agent2@demo.test")), "agent2 could not sign in");
        var (_, received) = await agent2.GetAsync("/Delegation");
        var mandate = Assert.Single(received.QuerySelectorAll("[data-testid=received-row]"));
        Assert.Contains("Pour le compte de Antoine Agent", mandate.TextContent, StringComparison.Ordinal);
        Assert.Contains("Coffre", mandate.TextContent, StringComparison.Ordinal);

        using var agent1 = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await agent1.SignInAsync("agent1@demo.test")), "agent1 could not sign in");
        var (_, given) = await agent1.GetAsync("/Delegation");
        Assert.Equal(
            ["En attente de traitement", "En attente du mandataire"],
            given.QuerySelectorAll("[data-testid=request-state]").Select(s => s.TextContent).Order(StringComparer.Ordinal));

        using var admin = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await admin.SignInAsync("admin@demo.test")), "admin could not sign in");
        var (_, queue) = await admin.GetAsync("/Delegation/Queue");
        Assert.Contains("Bruno Lefort pour le compte de Antoine Agent", Assert.Single(queue.QuerySelectorAll("[data-testid=queue-row]")).TextContent, StringComparison.Ordinal);
        Assert.Equal(2, queue.QuerySelectorAll("[data-testid=queue-signature]").Length);
    }

    [Fact]
    public void Agent1_sees_the_same_demo_after_a_restart() => Assert.Equivalent(fixture.FirstView, fixture.SecondView, strict: true);

    [Fact]
    public void Agent1_sees_three_case_files_one_with_a_pending_key()
    {
        var view = fixture.SecondView;
        Assert.Equal(["Dubois Henri", "Lefèvre Paul", "Martin Sophie"], view.CaseFiles.Order(StringComparer.Ordinal));
        Assert.Equal(["Pending"], view.PendingKeys);
    }

    [Fact]
    public void Agent1_sees_the_folders_with_their_documents_the_people_an_invitation_a_collection_and_a_link_in_each_status()
    {
        var view = fixture.SecondView;
        Assert.Equal(
            ["Boulangerie Lefèvre - comptabilité 2024 (3)", "Documents du cabinet (2)", "Sinistre auto - Sophie Martin (3)"],
            view.Folders.Where(f => !f.StartsWith("Page d'accueil", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(["constat-amiable.pdf", "devis-carrosserie.pdf", "rapport-expertise.pdf"], view.ClaimFolderDocuments.Order(StringComparer.Ordinal));
        Assert.Equal(["DUBOIS Henri", "LEFÈVRE Paul", "MARTIN Sophie", "PETIT Claire", "RENAUD Lucien"], view.People.Order(StringComparer.Ordinal));
        Assert.Equal("Sent", view.MartinInvitation);
        Assert.Single(view.Collections);

        var statuses = view.LinkStatuses;
        Assert.Equal(5, statuses.Count);
        Assert.Contains("Actif", statuses);
        Assert.Contains("Bloqué", statuses);
        Assert.Contains("Expiré", statuses);
        Assert.Single(statuses, s => s.StartsWith("Utilisé le ", StringComparison.Ordinal));
        Assert.Single(statuses, s => s.StartsWith("Téléchargé le ", StringComparison.Ordinal));
    }

    [Fact]
    public void Outside_an_http_request_a_scope_acts_for_the_account_it_names_but_a_request_always_for_its_own_caller()
    {
        var actor = new SeedActor(Guid.NewGuid(), Guid.NewGuid(), ["Agent"]);
        var accessor = fixture.Host.Services.GetRequiredService<IHttpContextAccessor>();

        using (var seed = fixture.Host.Services.CreateActingScope(actor))
        {
            Assert.Same(actor, seed.ServiceProvider.GetRequiredService<ICurrentUser>());
        }

        using var request = fixture.Host.Services.CreateActingScope(actor);
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity()) };
        try
        {
            var caller = request.ServiceProvider.GetRequiredService<ICurrentUser>();
            Assert.False(caller.IsAuthenticated);
            Assert.Null(caller.UserId);
            Assert.False(caller.IsInRole("Agent"));
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
