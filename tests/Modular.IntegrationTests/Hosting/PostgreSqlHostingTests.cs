using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Identity.Infrastructure.Persistence;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.Sharing.Infrastructure.Persistence;
using Modular.Tests.Shared;
using Modular.Vault.Infrastructure.Persistence;
using Npgsql;

namespace Modular.IntegrationTests.Hosting;

/// <summary>The Host on PostgreSQL as an operator meets it: start-up refusals, the schema per module, and a database lost then back.</summary>
public sealed class PostgreSqlHostingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unreachable_PostgreSQL_stops_the_start_with_one_line_naming_server_and_database_but_not_the_password()
    {
        var port = LoopbackPorts.Free();
        var outcome = await HostProcess.RunAsync(ProductionOn($"Host=127.0.0.1;Port={port};Database=modular_absent;Username=modular;Password=Sup3r-Secret-Pw;Timeout=3"));

        StartupFailureTests.AssertOneClearLine(outcome, $"PostgreSQL 127.0.0.1:{port}/modular_absent");
        Assert.DoesNotContain("Sup3r-Secret-Pw", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_or_a_missing_connection_string_is_refused_with_one_line()
    {
        var unknown = ProductionOn("Host=127.0.0.1");
        unknown["Modular__Database__Provider"] = "Oracle";
        StartupFailureTests.AssertOneClearLine(await HostProcess.RunAsync(unknown), "Modular:Database:Provider is 'Oracle': use Sqlite");

        var missing = ProductionOn("");
        missing.Remove("ConnectionStrings__Modular");
        StartupFailureTests.AssertOneClearLine(await HostProcess.RunAsync(missing), "Modular:Database:Provider is PostgreSql but ConnectionStrings:Modular is not set");
    }

    [Fact]
    public async Task Production_refuses_an_unmigrated_PostgreSQL_database_until_migrate_has_run_then_each_module_has_its_own_schema()
    {
        var database = TestPostgreSql.CreateDatabase();
        try
        {
            var environment = ProductionOn(database);
            var refused = await HostProcess.RunAsync(environment);
            StartupFailureTests.AssertOneClearLine(refused, "is not up to date: run 'Modular.Host migrate' first");
            Assert.Contains($"/{new NpgsqlConnectionStringBuilder(database).Database} (schema ", refused.Output, StringComparison.Ordinal);

            var migrate = await HostProcess.RunAsync(environment, "migrate");
            Assert.True(migrate.ExitCode == 0, migrate.Output);

            // Every table lives in its module's schema, with the module's own migrations history; none in public.
            var tables = await ListAsync(database, "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
            Assert.Equal(["clientportal", "dataprotection", "delegation", "identity", "notifications", "portfolio", "sharing", "vault"], tables.Select(t => t.Split('.')[0]).Distinct().Order());
            Assert.All(["clientportal", "dataprotection", "delegation", "identity", "notifications", "portfolio", "sharing", "vault"], schema => Assert.Contains($"{schema}.__ef_migrations", tables));
            Assert.Contains("clientportal.search_entries", tables);
            Assert.Contains("vault.download_links", tables);
            Assert.Contains("sharing.share_keys", tables);
            Assert.Contains("identity.OpenIddictTokens", tables);
            Assert.Contains("notifications.messages", tables);
        }
        finally
        {
            TestPostgreSql.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Each_module_model_matches_its_migrations_on_both_providers()
    {
        using var sqlite = new ModularHostFactory();
        using var postgres = ModularHostFactory.OnPostgreSql();
        foreach (var factory in new[] { sqlite, postgres })
        {
            await using var scope = factory.Services.CreateAsyncScope();
            DbContext[] contexts =
            [
                scope.ServiceProvider.GetRequiredService<IdentityDbContext>(),
                scope.ServiceProvider.GetRequiredService<NotificationsDbContext>(),
                scope.ServiceProvider.GetRequiredService<SharingDbContext>(),
                scope.ServiceProvider.GetRequiredService<VaultDbContext>(),
            ];
            foreach (var context in contexts)
            {
                // A migration added for one provider and not the other shows here.
                Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name}: the model has changes no migration of this provider carries.");
                Assert.Empty(await context.Database.GetPendingMigrationsAsync(Ct));
            }
        }
    }

    [Fact]
    public async Task While_PostgreSQL_is_out_of_reach_requests_get_503_and_readiness_is_red_then_everything_recovers()
    {
        var database = TestPostgreSql.CreateDatabase();
        var server = new NpgsqlConnectionStringBuilder(database);
        await using var relay = TcpRelay.Start(server.Host!, server.Port);
        using var host = new SharingApiHost();
        host.UsePostgreSql(new NpgsqlConnectionStringBuilder(database) { Host = "127.0.0.1", Port = relay.Port, Timeout = 3 }.ConnectionString);
        using var caller = await host.CallerAsync("agent1@demo.test", scope: "openid vault.read");
        using var agent = new BrowserSession(host);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")));
        using var probe = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/v1/vault/folders")).StatusCode);

        relay.Cut();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready", Ct)).StatusCode);
        var (page, document) = await agent.GetAsync("/Vault");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Service momentanément indisponible", document.Body!.TextContent, StringComparison.Ordinal);
        var api = await caller.GetAsync("/api/v1/vault/folders");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":\"service-unavailable\"", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(api.Headers.RetryAfter is not null, "503 without Retry-After");

        relay.Restore();

        var until = DateTime.UtcNow.AddSeconds(20);
        while ((await probe.GetAsync("/health/ready", Ct)).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(200, Ct);
        }

        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/Vault")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/v1/vault/folders")).StatusCode);
    }

    private static Dictionary<string, string> ProductionOn(string connectionString)
    {
        var certificates = TestCertificates.Create();
        return new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-pg-").FullName,
            ["Modular__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Modular"] = connectionString,
        };
    }

    private static async Task<List<string>> ListAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
