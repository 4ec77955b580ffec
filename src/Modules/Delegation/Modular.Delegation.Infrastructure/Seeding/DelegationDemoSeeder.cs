using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Infrastructure.Seeding;

/// <summary>
/// Cabinet Démo's mandates on a development machine: Antoine Agent (agent1) has mandated Béatrice
/// Agent (agent2) for « Coffre »; his request for Claire Martin (« Mes dossiers ») waits for her
/// « section Utilisateur », its link emailed to her; his request for Bruno Lefort (« Mon
/// portefeuille ») is signed by both and waits in the back office's queue. Both signatures are the
/// demo's drawn one. Any mandate request already there leaves the module as it is.
/// </summary>
internal static partial class DelegationDemoSeeder
{
    public const string Mandator = "agent1@demo.test";
    public const string Mandatary = "agent2@demo.test";
    public const string Officer = "admin@demo.test";
    public const string AwaitingEmail = "claire.martin@cabinet-demo.test";
    public const string QueuedEmail = "bruno.lefort@cabinet-demo.test";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<IDemoAccounts>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DelegationDemoSeeder));
        var mandator = await accounts.ActorAsync(Mandator, cancellationToken);
        var mandatary = await accounts.ActorAsync(Mandatary, cancellationToken);
        var officer = await accounts.ActorAsync(Officer, cancellationToken);
        if (mandator is not { UserId: { } mandatorId, OrganisationId: { } organisationId } || mandatary?.UserId is not { } mandataryId || officer?.UserId is not { } officerId)
        {
            LogNoAccount(logger);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DelegationDbContext>();
        if (await context.MandateRequests.AnyAsync(cancellationToken))
        {
            return;
        }

        var provider = scope.ServiceProvider;
        var time = provider.GetRequiredService<TimeProvider>();
        var calendar = provider.GetRequiredService<DelegationCalendar>();
        var declared = provider.GetRequiredService<DelegableServices>();
        var blobs = provider.GetRequiredService<IDelegationBlobs>();
        var now = time.GetUtcNow();
        await using var image = typeof(DelegationDemoSeeder).Assembly.GetManifestResourceStream("Modular.Delegation.DemoSignature.png")
            ?? throw new InvalidOperationException("The demo signature is not embedded.");
        var blob = await blobs.PutAsync(image, cancellationToken);
        SignatureRecord Signed(DateTimeOffset at) => new(SignatureKind.Drawn, blob.Id, "image/png", at);

        MandateRequest Start(DelegableService service, string name, string linkEmail, string mandatorEmail, DateTimeOffset at, string secret) =>
            MandateRequest.Start(
                new MandatorPart(organisationId, mandatorId, "Antoine Agent", mandatorEmail, service, StaffCategory.Administrative, name, linkEmail, calendar.Today(at).AddMonths(12), "fr", calendar.Today(at)),
                Signed(at), MandataryLinks.Hash(secret), at).Value;

        // agent1 has mandated agent2 for « Coffre » since ten days.
        var vaultAt = now.AddDays(-12);
        var vault = Start(declared.Find(VaultCode)!, "Béatrice Agent", Mandatary, Mandator, vaultAt, MandataryLinks.NewSecret());
        vault.CompleteMandataryPart(Mandatary, Signed(vaultAt.AddDays(1)), vaultAt.AddDays(1));
        vault.Approve(officerId, mandataryId, now.AddDays(-10));
        context.MandateRequests.Add(vault);
        context.Mandates.Add(Mandate.From(vault, mandataryId, calendar.EndOf(vault.EndsOn), now.AddDays(-10)).Value);

        // Claire Martin's part is awaited: her link is emailed to her.
        var secret = MandataryLinks.NewSecret();
        var awaitingAt = now.AddDays(-2);
        var awaiting = Start(declared.Find(SharingCode)!, "Claire Martin", AwaitingEmail, "antoine.agent@cabinet-demo.test", awaitingAt, secret);
        context.MandateRequests.Add(awaiting);
        var links = provider.GetRequiredService<IPublicLinks>();
        var secrets = provider.GetRequiredService<ISecretProtector>();
        var sharing = declared.Find(SharingCode)!;
        context.Enqueue(new MandataryLinkIntegrationEvent(
            Guid.CreateVersion7(now), now, awaiting.Id, organisationId, AwaitingEmail, awaiting.MandataryName, awaiting.MandatorName, sharing.FrenchName, sharing.EnglishName, "fr",
            secrets.Protect(links.To(DelegationPublicPages.MandataryPart, secret)), awaiting.ExpiresAt));

        // Bruno Lefort signed too: the request waits in the back office's queue since yesterday.
        var queuedAt = now.AddDays(-3);
        var queued = Start(declared.Find(PortfolioCode)!, "Bruno Lefort", QueuedEmail, "antoine.agent@cabinet-demo.test", queuedAt, MandataryLinks.NewSecret());
        queued.CompleteMandataryPart(QueuedEmail, Signed(now.AddDays(-1)), now.AddDays(-1));
        context.MandateRequests.Add(queued);

        await context.SaveChangesAsync(cancellationToken);
        LogSeeded(logger);
    }

    private const string VaultCode = "vault";
    private const string SharingCode = "sharing.case-files";
    private const string PortfolioCode = "portfolio";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delegation demo data skipped: agent1, agent2 or admin is missing or deactivated")]
    private static partial void LogNoAccount(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delegation demo data: agent1 mandated agent2 for « Coffre »; one request awaits its mandatary, one the back office")]
    private static partial void LogSeeded(ILogger logger);
}
