using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;
using static Modular.Vault.Infrastructure.Seeding.DemoVault;

namespace Modular.Vault.Infrastructure.Seeding;

/// <summary>
/// The vault of Cabinet Démo on a development machine, made through the module's commands as agent1:
/// folders of PDF documents, the directory's people, a pending invitation, a pending collection
/// request and a link in each status. Links used, fetched, locked or expired days ago are made on a
/// clock set back for the seed's own flow. Everything is found again by a natural key (folder,
/// document and person names, a link's recipient): a second run adds nothing.
/// </summary>
internal static partial class VaultDemoSeeder
{
    public const string Agent = "agent1@demo.test";

    /// <summary>The address and language the commands that make links are given (the Host is reached there on a development machine).</summary>
    private const string Culture = "fr";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<IDemoAccounts>().ActorAsync(Agent, cancellationToken) is not { } agent)
        {
            // The developer deleted or deactivated the demo agent: their choice, not a reason to refuse to start.
            LogNoAgent(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VaultDemoSeeder)), Agent);
            return;
        }

        await using var scope = services.CreateActingScope(agent);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var clock = scope.ServiceProvider.RewindableClock();
        var added = 0;

        var folders = Expect(await mediator.Send(new ListFoldersQuery(), cancellationToken)).ToDictionary(f => f.Name, f => f.Id);
        foreach (var demo in Folders)
        {
            if (!folders.TryGetValue(demo.Name, out var folderId))
            {
                folders[demo.Name] = folderId = Expect(await mediator.Send(new CreateFolderCommand(demo.Name, demo.IsPublic), cancellationToken));
                added++;
            }

            var documents = Expect(await mediator.Send(new GetFolderQuery(folderId), cancellationToken)).Documents.Select(d => d.Name).ToHashSet();
            foreach (var document in demo.Documents.Where(d => !documents.Contains(d.FileName)))
            {
                using var content = new MemoryStream(DemoPdf.Create(document.Title, document.Lines));
                Expect(await mediator.Send(new UploadDocumentCommand(folderId, document.FileName, content), cancellationToken));
                added++;
            }
        }

        var people = new Dictionary<string, Guid>();
        foreach (var person in People)
        {
            var found = Expect(await mediator.Send(new SearchPeopleQuery(person.LastName), cancellationToken))
                .FirstOrDefault(p => p.LastName == person.LastName && p.FirstName == person.FirstName);
            people[person.LastName!] = found?.Id ?? Expect(await mediator.Send(new CreatePersonCommand(person), cancellationToken));
            added += found is null ? 1 : 0;
        }

        var invited = people[InvitedLastName];
        if (Expect(await mediator.Send(new GetPersonQuery(invited), cancellationToken)).Invitations.Count == 0)
        {
            Expect(await mediator.Send(
                new InvitePersonCommand(invited, folders[ClaimFolder], FolderAccessLevel.Write, "Pour suivre votre dossier de sinistre et y déposer vos justificatifs.", Culture),
                cancellationToken));
            added++;
        }

        var collected = people[CollectedLastName];
        if (Expect(await mediator.Send(new ListPersonCollectionRequestsQuery(collected), cancellationToken)).Requests.Count == 0)
        {
            var deadline = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(21);
            Expect(await mediator.Send(
                new CreateCollectionRequestCommand(folders[AccountingFolder], collected, CollectedItems, deadline, "Bonjour, voici les pièces qu'il nous manque pour clôturer vos comptes 2024.", Culture),
                cancellationToken));
            added++;
        }

        var claimFolder = folders[ClaimFolder];
        var linked = Expect(await mediator.Send(new ListFolderLinksQuery(claimFolder), cancellationToken)).Select(l => l.RecipientEmail).ToHashSet();
        var claimDocuments = Expect(await mediator.Send(new GetFolderQuery(claimFolder), cancellationToken)).Documents.Select(d => d.Id).ToList();
        foreach (var link in DemoLinks.Where(l => !linked.Contains(l.RecipientEmail)))
        {
            using (clock.Rewind(TimeSpan.FromDays(link.DaysAgo)))
            {
                await MakeLinkAsync(mediator, link, claimDocuments, cancellationToken);
            }

            added++;
        }

        if (added > 0)
        {
            LogSeeded(scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VaultDemoSeeder)), added, Agent);
        }
    }

    /// <summary>Makes a link to the recipient, then takes it where the demo wants it, as its recipient would.</summary>
    private static async Task MakeLinkAsync(IMediator mediator, DemoLink demo, IReadOnlyList<Guid> documentIds, CancellationToken cancellationToken)
    {
        var link = Expect(await mediator.Send(new CreateDownloadLinkCommand(documentIds, null, demo.RecipientEmail, Culture), cancellationToken));
        var token = link.Url[(link.Url.LastIndexOf('/') + 1)..];
        var code = link.Code ?? throw new InvalidOperationException("A link made without a code has a generated one.");
        switch (demo.Outcome)
        {
            case DemoLinkOutcome.Locked:
                var wrong = code == "000000" ? "111111" : "000000";
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    await mediator.Send(new RedeemDownloadLinkCommand(token, wrong, RemoteAddress: null), cancellationToken);
                }

                break;
            case DemoLinkOutcome.Redeemed:
                Expect(await mediator.Send(new RedeemDownloadLinkCommand(token, code, RemoteAddress: null), cancellationToken));
                break;
            case DemoLinkOutcome.Downloaded:
                var session = Expect(await mediator.Send(new RedeemDownloadLinkCommand(token, code, RemoteAddress: null), cancellationToken));
                foreach (var file in session.Files)
                {
                    var opened = Expect(await mediator.Send(new OpenLinkDocumentQuery(token, session.SessionToken, file.Id), cancellationToken));
                    await opened.Content.CopyToAsync(Stream.Null, cancellationToken);
                    await opened.Content.DisposeAsync();
                    Expect(await mediator.Send(new RecordLinkDownloadCommand(token, session.SessionToken, file.Id), cancellationToken));
                }

                break;
            case DemoLinkOutcome.None:
                break;
        }
    }

    /// <summary>A demo request refused is a bug of the seed or of the rules it meets: say which.</summary>
    private static T Expect<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"The Vault demo seed was refused: {result.Error!.Code} {result.Error.Message}");

    private static void Expect(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"The Vault demo seed was refused: {result.Error!.Code} {result.Error.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vault demo data skipped: the account {Agent} is missing or deactivated")]
    private static partial void LogNoAgent(ILogger logger, string agent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vault demo data: {Count} item(s) added for {Agent}")]
    private static partial void LogSeeded(ILogger logger, int count, string agent);
}
