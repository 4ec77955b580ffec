using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Hosting;

public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_unwritable_data_directory_stops_the_start_with_one_line_naming_it()
    {
        var blocker = Path.GetTempFileName();
        var dataDirectory = Path.Combine(blocker, "data");

        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = dataDirectory,
        });

        AssertOneClearLine(outcome, $"The data directory '{dataDirectory}' (Modular:DataDirectory) is not writable");
    }

    [Fact]
    public async Task A_corrupt_database_file_stops_the_start_with_one_line_naming_it()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("modular-corrupt-").FullName;
        var database = Path.Combine(dataDirectory, "identity.db");
        await File.WriteAllTextAsync(database, new string('x', 4096), TestContext.Current.CancellationToken);

        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = dataDirectory,
        });

        AssertOneClearLine(outcome, $"The database '{database}' of module Identity cannot be used");
    }

    [Fact]
    public async Task A_database_file_cut_short_by_a_crash_stops_the_start_with_one_line_naming_it()
    {
        // A real module database, as a killed process or a full disk could leave it: half its pages gone.
        string dataDirectory;
        using (var first = new Modular.Tests.Shared.ModularHostFactory { KeepDataDirectory = true })
        {
            _ = first.Services;
            dataDirectory = first.DataDirectory;
        }

        var database = Path.Combine(dataDirectory, "vault.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(new FileInfo(database + "-wal") is { Exists: false } or { Length: 0 });
        await using (var file = new FileStream(database, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(file.Length / 2);
        }

        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = dataDirectory,
        });

        AssertOneClearLine(outcome, $"The database '{database}' of module Vault cannot be used");
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Production_without_certificate_files_refuses_to_start()
    {
        var certificates = TestCertificates.Create();
        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Modular__DataProtection__Certificate__Path"] = certificates.KeyRingPath,
            ["Modular__DataProtection__Certificate__Password"] = certificates.Password,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-prod-").FullName,
        });

        AssertOneClearLine(outcome, "Modular:Identity:SigningCertificate:Path is not configured");
    }

    [Fact]
    public async Task Production_without_a_certificate_for_the_key_ring_refuses_to_start()
    {
        var certificates = TestCertificates.Create();
        var environment = new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-prod-").FullName,
        };
        environment.Remove("Modular__DataProtection__Certificate__Path");

        var outcome = await HostProcess.RunAsync(environment);

        AssertOneClearLine(outcome, "Modular:DataProtection:Certificate:Path is not configured: outside Development the data-protection keys must be encrypted with a certificate");
    }

    [Fact]
    public async Task Production_without_a_public_address_refuses_to_start()
    {
        var certificates = TestCertificates.Create();
        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-prod-").FullName,
            ["Modular__PublicBaseUrl"] = "",
        });

        AssertOneClearLine(outcome, "Modular:PublicBaseUrl is not configured");
    }

    [Fact]
    public async Task A_public_address_that_is_not_an_absolute_http_address_is_refused()
    {
        var certificates = TestCertificates.Create();
        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-prod-").FullName,
            ["Modular__PublicBaseUrl"] = "modular.example/app?x=1",
        });

        AssertOneClearLine(outcome, "Modular:PublicBaseUrl 'modular.example/app?x=1' is not an absolute http or https address");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused()
    {
        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-dev-").FullName,
            ["Modular__TimeZone"] = "Europe/Atlantis",
        });

        AssertOneClearLine(outcome, "Modular:TimeZone 'Europe/Atlantis' is not a time zone");
    }

    [Fact]
    public async Task Demo_data_is_refused_outside_development()
    {
        var certificates = TestCertificates.Create();
        var outcome = await HostProcess.RunAsync(new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = Directory.CreateTempSubdirectory("modular-prod-").FullName,
            ["Modular__SeedDemoData"] = "true",
        });

        AssertOneClearLine(outcome, "Modular:SeedDemoData is true in the Production environment");
    }

    [Fact]
    public async Task Production_refuses_an_unmigrated_database_until_the_migrate_command_has_run()
    {
        var certificates = TestCertificates.Create();
        var dataDirectory = Directory.CreateTempSubdirectory("modular-prod-").FullName;
        var environment = new Dictionary<string, string>(certificates.Environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Modular__DataDirectory"] = dataDirectory,
        };

        var before = await HostProcess.RunAsync(environment);
        AssertOneClearLine(before, "is not up to date: run 'Modular.Host migrate' first");

        var migrate = await HostProcess.RunAsync(environment, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "identity.db")));
    }

    internal static void AssertOneClearLine(HostProcess.Outcome outcome, string expected)
    {
        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}; output:\n{outcome.Output}");
        // Outside Development the log is JSON, one object a line: read its message.
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.StartsWith('{') ? System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("Message").GetString()! : l)
            .ToList();
        var refusals = lines.Where(l => l.Contains("Modular cannot start", StringComparison.Ordinal)).ToList();
        Assert.True(refusals.Count == 1, $"expected one refusal line; output:\n{outcome.Output}");
        var refusal = refusals[0];
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", outcome.Output, StringComparison.Ordinal);
    }
}
