using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Infrastructure.Seeding;

/// <summary>
/// The client portal of « Assurances Horizon » on a development machine, made through the module's
/// commands as its advisor agent3: a paperless company with documents on every line (some
/// published months ago, one about to leave the portal) and a company on paper; client1 (client
/// admin) and client2 read the first; a company's access request waits for the advisor. Companies
/// and requests are found again by UID and documents by title: a second run adds nothing.
/// </summary>
internal static partial class PortalDemoSeeder
{
    public const string Advisor = "agent3@demo.test";

    private static readonly (string Email, MemberRole Role)[] Readers = [("client1@demo.test", MemberRole.ClientAdmin), ("client2@demo.test", MemberRole.User)];

    private sealed record DemoDocument(InsuranceLine Line, PortalDocumentType Type, string Title, int DaysAgo, string[] Lines);

    private static readonly CreateClientCompanyCommand Paperless = new(
        "Menuiserie Favre SA", "CHE-109.322.551", "Route de la Gare 12", "1700", "Fribourg",
        [new(InsuranceLine.Ijm, "IJM-40.112", "180'000"), new(InsuranceLine.Laa, "LAA-77.031", "95'000"), new(InsuranceLine.Laac, "LAAC-77.032", "40'000")],
        Paperless: true, CopyEmail: "fiduciaire.copies@demo.test");

    private static readonly CreateClientCompanyCommand OnPaper = new(
        "Transports Berset Sàrl", "CHE-116.458.233", "Chemin des Vignes 4", "1030", "Bussigny",
        [new(InsuranceLine.Laa, "LAA-81.200", "260'000"), new(InsuranceLine.Ijm, "IJM-81.201", "30'000")],
        Paperless: false, CopyEmail: null);

    /// <summary>A company asking for the portal, waiting in agent3's queue.</summary>
    private static readonly SubmitAccessRequestCommand PendingRequest = new(
        Guid.Empty, "Garage du Lac SA", "CHE-304.567.129", [new(InsuranceLine.Laa, "LAA-90.114", null), new(InsuranceLine.Ijm, "IJM-90.115", null)], "310'000",
        "Sophie", "Rochat", "sophie.rochat@garagedulac.ch", "021 345 67 89", "fr");

    private static readonly DemoDocument[] PaperlessDocuments =
    [
        new(InsuranceLine.Ijm, PortalDocumentType.PaymentLetter, "Lettre de paiement — M. Rossier, mars", 2, ["Indemnités journalières maladie du 1er au 31 mars.", "Montant versé : CHF 4'380.00 sur le compte de l'employeur.", "Assuré : Julien Rossier, menuisier."]),
        new(InsuranceLine.Ijm, PortalDocumentType.BenefitStatement, "Décompte de prestations IJM — T1", 40, ["Décompte trimestriel des indemnités journalières.", "Trois cas d'incapacité de travail, 61 jours indemnisés.", "Taux d'indemnisation : 80 % du salaire assuré."]),
        new(InsuranceLine.Laa, PortalDocumentType.CoverageLetter, "Lettre de prise en charge — accident de chantier", 12, ["Nous prenons en charge l'accident du 3 février survenu sur le chantier de Marly.", "Frais de traitement et indemnités journalières dès le troisième jour.", "Assuré : Nicolas Python, charpentier."]),
        new(InsuranceLine.Laa, PortalDocumentType.PleaseWaitLetter, "Lettre demandant de patienter — dossier 2024-118", 5, ["Le rapport médical de la clinique orthopédique nous manque encore.", "Nous reviendrons vers vous dès sa réception."]),
        new(InsuranceLine.Laa, PortalDocumentType.CostReimbursement, "Remboursement des frais — physiothérapie", 341, ["Remboursement des frais de physiothérapie pris en charge.", "Neuf séances, CHF 612.45.", "Ce document sera bientôt effacé du portail."]),
        new(InsuranceLine.Laac, PortalDocumentType.BenefitStatement, "Décompte de prestations LAAC — hospitalisation", 90, ["Complément LAAC : division semi-privée, séjour de cinq jours.", "Montant à charge de l'assurance complémentaire : CHF 3'150.00."]),
    ];

    private static readonly DemoDocument[] PaperDocuments =
    [
        new(InsuranceLine.Laa, PortalDocumentType.CoverageLetter, "Lettre de prise en charge — chute de quai", 3, ["Nous prenons en charge l'accident du chauffeur livreur.", "Assuré : Marc Berset."]),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<IDemoAccounts>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalDemoSeeder));
        if (await accounts.ActorAsync(Advisor, cancellationToken) is not { } advisor)
        {
            LogNoAdvisor(logger, Advisor);
            return;
        }

        var added = 0;
        Guid paperlessId;
        await using (var scope = services.CreateActingScope(advisor))
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var clock = scope.ServiceProvider.RewindableClock();
            var companies = Expect(await mediator.Send(new ListClientCompaniesQuery(), cancellationToken)).ToDictionary(c => c.Uid, c => c.Id);
            paperlessId = await EnsureCompanyAsync(mediator, companies, Paperless, cancellationToken);
            var paperId = await EnsureCompanyAsync(mediator, companies, OnPaper, cancellationToken);
            var requests = Expect(await mediator.Send(new ListAccessRequestsQuery(All: true), cancellationToken));
            if (advisor.OrganisationId is { } insurerId && !requests.Any(r => r.Uid == PendingRequest.Uid))
            {
                Expect(await mediator.Send(PendingRequest with { InsurerId = insurerId }, cancellationToken));
                added++;
            }

            foreach (var (companyId, documents) in new[] { (paperlessId, PaperlessDocuments), (paperId, PaperDocuments) })
            {
                var titles = Expect(await mediator.Send(new GetClientCompanyQuery(companyId), cancellationToken)).Documents.Select(d => d.Title).ToHashSet();
                foreach (var document in documents.Where(d => !titles.Contains(d.Title)))
                {
                    using var rewound = clock.Rewind(TimeSpan.FromDays(document.DaysAgo));
                    var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    using var pdf = new MemoryStream(DemoPdf.Create(document.Title.Replace('—', '-'), document.Lines));
                    Expect(await mediator.Send(
                        new PublishPortalDocumentCommand(companyId, document.Line.ToString(), document.Type.ToString(), document.Title, date, null, pdf),
                        cancellationToken));
                    added++;
                }
            }
        }

        // Client users come with the access requests and invitations of the portal; the demo's are
        // linked here to their demo accounts (made with MFA by Identity's seed).
        await using var store = services.CreateAsyncScope();
        var context = store.ServiceProvider.GetRequiredService<PortalDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        foreach (var (email, role) in Readers)
        {
            if (await accounts.ActorAsync(email, cancellationToken) is not { UserId: { } userId })
            {
                continue;
            }

            if (!await context.Members.AnyAsync(m => m.UserId == userId, cancellationToken))
            {
                context.Members.Add(ClientUser.Create(paperlessId, userId, role, time.GetUtcNow()));
                added++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            LogSeeded(logger, added);
        }
    }

    private static async Task<Guid> EnsureCompanyAsync(IMediator mediator, Dictionary<string, Guid> companies, CreateClientCompanyCommand demo, CancellationToken cancellationToken) =>
        companies.TryGetValue(demo.Uid!, out var id) ? id : Expect(await mediator.Send(demo, cancellationToken));

    /// <summary>A demo request refused is a bug of the seed or of the rules it meets: say which.</summary>
    private static T Expect<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"The ClientPortal demo seed was refused: {result.Error!.Code} {result.Error.Message}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client portal demo data skipped: the account {Advisor} is missing or deactivated")]
    private static partial void LogNoAdvisor(ILogger logger, string advisor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client portal demo data: {Count} item(s) added")]
    private static partial void LogSeeded(ILogger logger, int count);
}
