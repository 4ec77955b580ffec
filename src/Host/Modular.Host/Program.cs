using Modular.Host.Hosting;
using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.Host;

public sealed partial class Program
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data removed ({Count}): {Removed}")]
    private static partial void LogDemoDataRemoved(ILogger logger, int count, string removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup taken in {Folder}: {Files} files, {Bytes} bytes, databases: {Databases}; {Folder}/manifest.json lists each file's SHA-256")]
    private static partial void LogBackupTaken(ILogger logger, string folder, int files, long bytes, string databases);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {Files} files from {Folder}, each checked against its manifest")]
    private static partial void LogBackupRestored(ILogger logger, int files, string folder);

    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddModularHost();
            app = builder.Build();
            app.UseModularHost();
        }
        catch (StartupException ex)
        {
            return StartupFailure.Report(ex);
        }

        try
        {
            if (args.Length > 0 && args[0] == "migrate")
            {
                await ModuleStartup.MigrateAsync(app.Services);
                app.Logger.LogInformation("Every module's database is up to date.");
                await app.DisposeAsync();
                return 0;
            }

            if (args.Length > 0 && args[0] == ModuleStartup.RemoveDemoDataCommand)
            {
                var removed = await ModuleStartup.RemoveDemoDataAsync(app.Services);
                LogDemoDataRemoved(app.Logger, removed.Count, removed.Count == 0 ? "nothing" : string.Join(", ", removed));
                await app.DisposeAsync();
                return 0;
            }

            if (args.Length == 2 && args[0] == Backup.BackupCommand)
            {
                var manifest = await Backup.TakeAsync(app.Services, args[1]);
                LogBackupTaken(app.Logger, Path.GetFullPath(args[1]), manifest.Files.Count, manifest.Files.Sum(f => f.Bytes), manifest.Databases);
                await app.DisposeAsync();
                return 0;
            }

            if (args.Length == 2 && args[0] == Backup.RestoreCommand)
            {
                var restored = await Backup.RestoreAsync(app.Services, args[1]);
                LogBackupRestored(app.Logger, restored, Path.GetFullPath(args[1]));
                await app.DisposeAsync();
                return 0;
            }

            if (args.Length == 1 && args[0] == JournalIntegrity.Command)
            {
                // The databases are brought up to date first: the chains' columns come with a migration.
                await ModuleStartup.MigrateAsync(app.Services);
                var code = await JournalIntegrity.RunAsync(app.Services, Console.Out);
                await app.DisposeAsync();
                return code;
            }

            if (args.Length > 0 && args[0] == FirstAdministrator.Command)
            {
                var code = await CreateAdministratorAsync(app, args);
                await app.DisposeAsync();
                return code;
            }

            await ModuleStartup.PrepareAsync(app.Services);
        }
        catch (StartupException ex)
        {
            StartupFailure.Report(ex, app.Logger);

            // Disposing the Host flushes the console logger, which writes from a queue: without
            // it the process could exit before the one line that says why is written.
            await app.DisposeAsync();
            return 1;
        }

        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The temporary password goes to the console only, once, never to the logs (which may be
    /// shipped elsewhere); a refusal is told in one line.
    /// </summary>
    private static async Task<int> CreateAdministratorAsync(WebApplication app, string[] args)
    {
        if (args.Length != 4 || args.Skip(1).Any(string.IsNullOrWhiteSpace))
        {
            await Console.Error.WriteLineAsync(FirstAdministrator.Usage);
            return 2;
        }

        var outcome = await FirstAdministrator.CreateAsync(app.Services, args[1], args[2], args[3]);
        if (!outcome.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"create-admin refused: {outcome.Error!.Message} ({outcome.Error.Code})");
            return 1;
        }

        var created = outcome.Value;
        await Console.Out.WriteLineAsync(
            $"Administrator {created.Email} created in the organisation \"{created.Organisation}\"{(created.OrganisationCreated ? " (new)" : "")}."
            + $"{Environment.NewLine}Temporary password, shown once, to change at first sign-in: {created.TemporaryPassword}");
        return 0;
    }
}
