using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// A data folder seeded on a development machine, then started as Production: its demo accounts
/// and clients, whose secrets the README publishes, must not sign anyone in.
/// </summary>
public sealed class DemoDataOutsideDevelopmentTests
{
    [Fact]
    public async Task Production_refuses_a_demo_seeded_folder_until_remove_demo_data_has_run()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("modular-demo-prod-").FullName;
        await using (var development = ModularHostFactory.Reusing(dataDirectory))
        {
            using var client = development.CreateClient();
        }

        var certificates = TestCertificates.Create();
        var environment = new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = dataDirectory,
        };

        var refused = await HostProcess.RunAsync(environment);
        StartupFailureTests.AssertOneClearLine(refused, "The Identity module holds demo data whose secrets are published (admin@demo.test,");
        Assert.Contains("demo-partner", refused.Output, StringComparison.Ordinal);
        Assert.Contains("remove-demo-data", refused.Output, StringComparison.Ordinal);

        var removal = await HostProcess.RunAsync(environment, "remove-demo-data");
        Assert.True(removal.ExitCode == 0, removal.Output);
        Assert.Contains("admin@demo.test", removal.Output, StringComparison.Ordinal);
        Assert.Contains("demo-cli", removal.Output, StringComparison.Ordinal);

        await using var production = ModularHostFactory.Reusing(dataDirectory);
        production.EnvironmentName = "Production";
        foreach (var (key, value) in certificates.Settings)
        {
            production.Settings[key] = value;
        }

        production.Settings["Modular:PublicBaseUrl"] = "https://modular.example";
        using var browser = new BrowserSession(production, "modular.example");
        var signIn = await BrowserSession.ParseAsync(await browser.SignInAsync("admin@demo.test"));
        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", signIn.QuerySelector("[data-testid=login-error] li")?.TextContent);

        using var partner = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-partner", ["client_secret"] = "demo-partner-secret",
        });
        Assert.False(partner.IsSuccessStatusCode, "the demo client still gets tokens");
        Assert.Equal("invalid_client", (await Tokens.JsonAsync(partner)).GetProperty("error").GetString());
    }
}
