using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Tests.Shared;
using Modular.Vault.Infrastructure.Persistence;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>A folder name is taken in a vault whatever its case and accents: « Contrats », « contrats » and « Contrâts » are one name.</summary>
public sealed class FolderNamePagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Creating_a_folder_whose_name_differs_only_by_case_or_accents_is_refused_on_the_page()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await VaultPagesTests.CreateFolderAsync(agent, $"Contrats {suffix}");
        var before = await FolderCountAsync();

        foreach (var clash in new[] { $"contrats {suffix}", $"Contrâts {suffix}", $"CONTRÂTS {suffix.ToUpperInvariant()}" })
        {
            var (_, home) = await agent.GetAsync("/Vault");
            var refused = await agent.SubmitAsync(home, new Dictionary<string, string> { ["Input.Name"] = clash });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal($"Un dossier « {clash} » existe déjà dans votre coffre.", Summary(await BrowserSession.ParseAsync(refused)));
        }

        Assert.Equal(before, await FolderCountAsync());
        var (_, list) = await agent.GetAsync("/Vault");
        Assert.Equal([$"Contrats {suffix}"], list.QuerySelectorAll("[data-testid=folder-link]").Select(a => a.TextContent).Where(n => n.Contains(suffix, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Renaming_a_folder_to_another_folders_name_in_other_case_or_accents_is_refused_and_changes_nothing()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await VaultPagesTests.CreateFolderAsync(agent, $"Élections {suffix}");
        var other = await VaultPagesTests.CreateFolderAsync(agent, $"Brouillons {suffix}");

        var (_, page) = await agent.GetAsync($"/Vault/Folders/Details/{other}");
        var refused = await agent.SubmitFormAsync(page, RenameForm(page), new Dictionary<string, string> { ["name"] = $"elections {suffix}" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await BrowserSession.ParseAsync(refused);
        Assert.Equal($"Un dossier « elections {suffix} » existe déjà dans votre coffre.", Summary(shown));

        var (_, after) = await agent.GetAsync($"/Vault/Folders/Details/{other}");
        Assert.Equal($"Brouillons {suffix}", after.QuerySelector("[data-testid=folder-title]")!.TextContent);
        Assert.DoesNotContain("Dossier renommé", after.QuerySelectorAll("[data-testid=journal-kind]").Select(k => k.TextContent));

        // Its own name in another case is its own: the rename goes through.
        var (_, renamed) = await agent.FollowAsync(await agent.SubmitFormAsync(after, RenameForm(after), new Dictionary<string, string> { ["name"] = $"BROUILLONS {suffix}" }));
        Assert.Equal($"BROUILLONS {suffix}", renamed.QuerySelector("[data-testid=folder-title]")!.TextContent);
    }

    [Fact]
    public async Task Another_organisation_may_use_the_same_name()
    {
        var name = "Contrats " + Guid.NewGuid().ToString("N")[..8];
        using var agent1 = await SignedInAsync("agent1@demo.test");
        using var agent3 = await SignedInAsync("agent3@demo.test");

        await VaultPagesTests.CreateFolderAsync(agent1, name);
        await VaultPagesTests.CreateFolderAsync(agent3, name.ToUpperInvariant());
    }

    private static IHtmlFormElement RenameForm(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("[data-testid=rename-folder-form]")!;

    private static string Summary(IHtmlDocument page) => page.QuerySelector("[data-testid=validation-summary]")!.TextContent.Trim();

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(factory);
        var response = await session.SignInAsync(email);
        Assert.True(BrowserSession.IsRedirect(response), $"sign-in of {email} failed: {(int)response.StatusCode}");
        return session;
    }

    private async Task<long> FolderCountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM folders";
        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }
}

/// <summary>The same rule through the API, and under concurrency: the database decides, so exactly one creation wins.</summary>
public sealed class FolderNameApiOnSqliteTests(VaultApiFixture fixture) : FolderNameApiTests(fixture), IClassFixture<VaultApiFixture>;

public sealed class FolderNameApiOnPostgreSqlTests(PostgreSqlVaultApiFixture fixture) : FolderNameApiTests(fixture), IClassFixture<PostgreSqlVaultApiFixture>;

public abstract class FolderNameApiTests(VaultApiFixture fixture)
{
    private const string Folders = "/api/v1/vault/folders";

    [Fact]
    public async Task Creating_a_folder_whose_name_differs_only_by_case_or_accents_answers_409_folder_name_taken()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent2 = await fixture.CallerAsync("agent2@demo.test");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await ExpectAsync(await agent1.PostAsync(Folders, new { name = $"Contrats {suffix}", isPublic = false }), HttpStatusCode.Created);

        var problem = await ExpectProblemAsync(await agent2.PostAsync(Folders, new { name = $"contrâts {suffix}", isPublic = true }), HttpStatusCode.Conflict, "folder-name-taken");
        Assert.Contains($"« contrâts {suffix} »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var names = (await ExpectAsync(await agent1.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).Where(n => n.Contains(suffix, StringComparison.Ordinal));
        Assert.Equal([$"Contrats {suffix}"], names);
    }

    [Fact]
    public async Task Concurrent_creations_of_one_name_in_different_cases_and_accents_have_exactly_one_winner()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent2 = await fixture.CallerAsync("agent2@demo.test");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var names = new[] { "Contrats", "contrats", "Contrâts", "CONTRATS", "contrâts", "Contràts", "CONTRÂTS", "cOntrats" }.Select(n => $"{n} {suffix}").ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = names.Select((name, i) => Task.Run(
            async () =>
            {
                await start.WaitAsync(Ct);
                return await (i % 2 == 0 ? agent1 : agent2).PostAsync(Folders, new { name, isPublic = false });
            },
            Ct)).ToList();
        start.Release(names.Count);
        var responses = await Task.WhenAll(attempts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await ExpectProblemAsync(refused, HttpStatusCode.Conflict, "folder-name-taken");
        }

        var stored = (await ExpectAsync(await agent1.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray()
            .Where(f => f.GetProperty("name").GetString()!.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        Assert.Single(stored);
    }
}

/// <summary>The migration that keys folder names, on a vault database of the version before it.</summary>
public sealed class FolderNameKeysMigrationTests : IDisposable
{
    private const string Before = "20261126144808_DirectoryInvitationsCollections";
    private static readonly Guid Organisation = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid OtherOrganisation = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    private readonly string _directory = Directory.CreateTempSubdirectory("modular-migration-").FullName;

    [Fact]
    public async Task Existing_folders_get_their_key_and_older_clashes_do_not_stop_the_migration()
    {
        await using var context = Context();
        await context.Database.GetService<IMigrator>().MigrateAsync(Before, Ct);
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000001", Organisation, "Contrats");
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000002", Organisation, "CONTRÂTS");
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000003", Organisation, "contrats");
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000004", Organisation, "Élections de l'Œuvre");
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000005", Organisation, "Cafe\u0301 Ñandú");
        await InsertAsync(context, "0193a001-0000-7000-8000-000000000006", OtherOrganisation, "Contrats");

        await context.Database.MigrateAsync(Ct);

        var keys = await KeysAsync();
        Assert.Equal("contrats", keys["01"]);
        Assert.Equal("contrats #0193A001-0000-7000-8000-000000000002", keys["02"]);
        Assert.Equal("contrats #0193A001-0000-7000-8000-000000000003", keys["03"]);
        Assert.Equal(Modular.Vault.Domain.Folders.Folder.KeyOf("Élections de l'Œuvre"), keys["04"]);
        Assert.Equal("elections de l'œuvre", keys["04"]);
        Assert.Equal("cafe nandu", keys["05"]);
        Assert.Equal("contrats", keys["06"]);

        // The rule holds from now on: a new « Contrats » in the first vault is refused by the index.
        var clash = await Assert.ThrowsAsync<SqliteException>(() => InsertKeyedAsync(context, Organisation, "Contrâts", "contrats"));
        Assert.Contains("folders.OrganisationId, folders.NameKey", clash.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private VaultDbContext Context()
    {
        var options = new DbContextOptionsBuilder<SqliteVaultDbContext>();
        options.UseModuleSqlite($"Data Source={Path.Combine(_directory, "vault.db")}");
        return new SqliteVaultDbContext(options.Options);
    }

    private static Task InsertAsync(VaultDbContext context, string id, Guid organisationId, string name) =>
        context.Database.ExecuteSqlRawAsync(
            "INSERT INTO folders (Id, OrganisationId, Name, IsPublic, CreatedBy, CreatedAt) VALUES ({0}, {1}, {2}, 0, {1}, 0)",
            [id.ToUpperInvariant(), organisationId.ToString().ToUpperInvariant(), name],
            Ct);

    private static Task InsertKeyedAsync(VaultDbContext context, Guid organisationId, string name, string key) =>
        context.Database.ExecuteSqlRawAsync(
            "INSERT INTO folders (Id, OrganisationId, Name, NameKey, IsPublic, CreatedBy, CreatedAt) VALUES ({0}, {1}, {2}, {3}, 0, {1}, 0)",
            [Guid.CreateVersion7().ToString().ToUpperInvariant(), organisationId.ToString().ToUpperInvariant(), name, key],
            Ct);

    /// <summary>Each folder's key, by the last two digits of its id.</summary>
    private async Task<Dictionary<string, string>> KeysAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, NameKey FROM folders";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var keys = new Dictionary<string, string>();
        while (await reader.ReadAsync(Ct))
        {
            keys[reader.GetString(0)[^2..]] = reader.GetString(1);
        }

        return keys;
    }
}
