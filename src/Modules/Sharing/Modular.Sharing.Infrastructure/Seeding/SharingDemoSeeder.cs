using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.Sharing.Contracts;

namespace Modular.Sharing.Infrastructure.Seeding;

/// <summary>
/// "Mes dossiers" of agent1 on a development machine: three client case files, one with a pending
/// share key, made through the module's commands as agent1. A case file is found again by its
/// client's last name, a key by its case file: a second run adds nothing.
/// </summary>
internal static partial class SharingDemoSeeder
{
    public const string Agent = "agent1@demo.test";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<IDemoAccounts>().ActorAsync(Agent, cancellationToken) is not { } agent)
        {
            // The developer deleted or deactivated the demo agent: their choice, not a reason to refuse to start.
            LogNoAgent(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharingDemoSeeder)), Agent);
            return;
        }

        await using var scope = services.CreateActingScope(agent);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharingDemoSeeder));

        var created = 0;
        foreach (var demo in DemoCaseFiles.All)
        {
            var existing = Expect(await mediator.Send(new ListMyCaseFilesQuery(demo.Content.Client.LastName), cancellationToken));
            Guid caseFileId;
            if (existing.Items.FirstOrDefault() is { } found)
            {
                caseFileId = found.Id;
            }
            else
            {
                caseFileId = Expect(await mediator.Send(new CreateCaseFileCommand(demo.Content), cancellationToken));
                created++;
            }

            if (demo.WithPendingKey && !await HasPendingKeyAsync(mediator, caseFileId, cancellationToken))
            {
                Expect(await mediator.Send(new IssueShareKeyCommand(caseFileId), cancellationToken));
            }
        }

        if (created > 0)
        {
            LogSeeded(logger, created, Agent);
        }
    }

    private static async Task<bool> HasPendingKeyAsync(IMediator mediator, Guid caseFileId, CancellationToken cancellationToken)
    {
        var keys = Expect(await mediator.Send(new ListMyShareKeysQuery(ShareKeyStatus.Pending, PageSize: 100), cancellationToken));
        return keys.Items.Any(k => k.CaseFileId == caseFileId);
    }

    /// <summary>A demo request refused is a bug of the seed or of the rules it meets: say which.</summary>
    private static T Expect<T>(SharedKernel.Results.Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"The Sharing demo seed was refused: {result.Error!.Code} {result.Error.Message}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sharing demo data skipped: the account {Agent} is missing or deactivated")]
    private static partial void LogNoAgent(ILogger logger, string agent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharing demo data: {Count} case file(s) for {Agent}")]
    private static partial void LogSeeded(ILogger logger, int count, string agent);
}
