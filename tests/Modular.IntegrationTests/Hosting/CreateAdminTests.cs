using System.Text.RegularExpressions;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>A new production installation has no account: the operator creates its first administrator from the command line.</summary>
public sealed partial class CreateAdminTests
{
    [Fact]
    public async Task The_first_administrator_is_created_from_the_command_line_and_must_change_the_temporary_password()
    {
        var certificates = TestCertificates.Create();
        var dataDirectory = Directory.CreateTempSubdirectory("modular-admin-").FullName;
        var environment = new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = dataDirectory,
        };

        var unmigrated = await HostProcess.RunAsync(environment, "create-admin", "patronne@cabinet-neuf.fr", "Brigitte Patronne", "Cabinet Neuf");
        StartupFailureTests.AssertOneClearLine(unmigrated, "is not up to date: run 'Modular.Host migrate' first");

        Assert.Equal(0, (await HostProcess.RunAsync(environment, "migrate")).ExitCode);
        var usage = await HostProcess.RunAsync(environment, "create-admin", "patronne@cabinet-neuf.fr");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Usage: Modular.Host create-admin <email>", usage.Output, StringComparison.Ordinal);

        var created = await HostProcess.RunAsync(environment, "create-admin", "patronne@cabinet-neuf.fr", "Brigitte Patronne", "Cabinet Neuf");
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains("Administrator patronne@cabinet-neuf.fr created in the organisation \"Cabinet Neuf\" (new).", created.Output, StringComparison.Ordinal);
        var password = TemporaryPassword().Match(created.Output).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), created.Output);

        var again = await HostProcess.RunAsync(environment, "create-admin", "Patronne@Cabinet-Neuf.fr", "Autre", "cabinet neuf");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("create-admin refused: Un compte existe déjà avec cette adresse e-mail. (email-taken)", again.Output, StringComparison.Ordinal);
        var colleague = await HostProcess.RunAsync(environment, "create-admin", "adjoint@cabinet-neuf.fr", "Paul Adjoint", "cabinet neuf");
        Assert.Contains("in the organisation \"Cabinet Neuf\".", colleague.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, again.Output + colleague.Output, StringComparison.Ordinal);

        await using var production = ModularHostFactory.Reusing(dataDirectory);
        production.EnvironmentName = "Production";
        foreach (var (key, value) in certificates.Settings)
        {
            production.Settings[key] = value;
        }

        production.Settings["Modular:PublicBaseUrl"] = "https://modular.example";
        using var browser = new BrowserSession(production, "modular.example");
        var signIn = await browser.SignInAsync("patronne@cabinet-neuf.fr", password);
        Assert.True(BrowserSession.IsRedirect(signIn), $"sign-in refused: {(int)signIn.StatusCode}");
        var (landing, _) = await browser.FollowAsync(signIn);
        Assert.Equal("/Identity/Account/ChangePassword", landing.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [GeneratedRegex("to change at first sign-in: (\\S+)")]
    private static partial Regex TemporaryPassword();
}
