using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;
using static Modular.Portfolio.Infrastructure.Seeding.DemoPortfolio;

namespace Modular.Portfolio.Infrastructure.Seeding;

/// <summary>
/// Cabinet Démo's portfolio on a development machine, made through the module's commands as the
/// firm's admin, on a clock set back to each moment: the DSN files of the last three declared months
/// (one deposited late, one cancel-and-replace, one giving a new address, one adding an establishment
/// left « À compléter »), the establishments completed, a La Poste office added by hand, a
/// « demande d'amorçage » accepted and one awaiting its answer, agent1 given the portfolio-administrator
/// right and agent2 a delegation profile on four establishments. The month before the current one is
/// still awaited. A portfolio with any establishment is left as it is: a second run adds nothing.
/// </summary>
internal static partial class PortfolioDemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<IDemoAccounts>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortfolioDemoSeeder));
        if (await accounts.ActorAsync(Administrator, cancellationToken) is not { } admin)
        {
            LogNoAccount(logger, Administrator);
            return;
        }

        await using var scope = services.CreateActingScope(admin);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (Expect(await mediator.Send(new ListEstablishmentsQuery(), cancellationToken)).Count > 0
            || Expect(await mediator.Send(new ListEstablishmentsQuery(Status: EstablishmentStatus.Removed), cancellationToken)).Count > 0)
        {
            return;
        }

        var clock = scope.ServiceProvider.RewindableClock();
        var zone = scope.ServiceProvider.GetRequiredService<DisplayTime>().Zone;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var current = new DateOnly(today.Year, today.Month, 1);
        var (first, second, third) = (current.AddMonths(-4), current.AddMonths(-3), current.AddMonths(-2));

        // A day of the month after the declared one, at half past the hour, in the product's zone.
        IDisposable At(DateOnly month, int day, int hour)
        {
            var local = month.AddMonths(1).AddDays(day - 1).ToDateTime(new TimeOnly(hour, 30));
            return clock.Rewind(now - new DateTimeOffset(local, zone.GetUtcOffset(local)));
        }

        var named = Clients.Where(c => c.Named).ToList();
        using (At(first, 4, 9))
        {
            await DepositAsync(mediator, first, named, "01", cancellationToken);
        }

        using (At(first, 4, 11))
        {
            foreach (var client in named)
            {
                Expect(await mediator.Send(new CompleteEstablishmentCommand(client.Siret, client.Name, client.DueDay, client.PartnerGroup), cancellationToken));
            }
        }

        var bakery = named[0].Siret;
        Result<SeedingRequestDto> asked;
        using (At(first, 10, 14))
        {
            asked = await mediator.Send(new RequestSeedingCommand(bakery), cancellationToken);
        }

        // Without the partner groups' addresses (Modular:Portfolio:SeedingEmails) no request can leave: the rest is seeded all the same.
        var seedingConfigured = asked.IsSuccess || asked.Error!.Code != PortfolioErrorCodes.SeedingContactMissing;
        if (seedingConfigured)
        {
            using (At(first, 20, 10))
            {
                Expect(await mediator.Send(new AnswerSeedingCommand(bakery, Expect(asked).Id, Accepted: true), cancellationToken));
            }
        }
        else
        {
            LogNoSeedingAddress(logger);
        }

        var late = named.Single(c => c.Name == "Transports Fabre");
        using (At(second, 3, 10))
        {
            await DepositAsync(mediator, second, named.Where(c => c != late), "01", cancellationToken);
        }

        using (At(second, 7, 16))
        {
            await DepositAsync(mediator, second, [late], "01", cancellationToken);
        }

        using (At(second, 20, 15))
        {
            Expect(await mediator.Send(new AddEstablishmentCommand(LaPoste.Siret, LaPoste.Name, LaPoste.DueDay, LaPoste.PartnerGroup), cancellationToken));
        }

        using (At(third, 4, 9))
        {
            await DepositAsync(mediator, third, Clients, "01", cancellationToken, c => c.Name == "Pharmacie du Parc" ? MovedPharmacyStreet : c.Street);
        }

        using (At(third, 12, 17))
        {
            await DepositAsync(mediator, third, named.Where(c => c.Name == "Maçonnerie Rossi"), "03", cancellationToken);
        }

        if (seedingConfigured)
        {
            using (clock.Rewind(TimeSpan.FromDays(3)))
            {
                Expect(await mediator.Send(new RequestSeedingCommand(named[1].Siret), cancellationToken));
            }
        }

        if (await accounts.ActorAsync(DeputyAdministrator, cancellationToken) is { UserId: { } deputy })
        {
            Expect(await mediator.Send(new GrantPortfolioAdministratorCommand(deputy), cancellationToken));
        }

        if (await accounts.ActorAsync(Collaborator, cancellationToken) is { UserId: { } collaborator })
        {
            var ids = Expect(await mediator.Send(new ListEstablishmentsQuery(), cancellationToken)).Where(e => ProfileSirets.Contains(e.Siret)).Select(e => e.Id).ToList();
            Expect(await mediator.Send(
                new CreateDelegationProfileCommand(ProfileName, Responsibilities.View | Responsibilities.Deposit | Responsibilities.Manage, ids, null, null, [collaborator]),
                cancellationToken));
        }

        LogSeeded(logger, Clients.Length + 1, Administrator);
    }

    private static async Task DepositAsync(
        IMediator mediator, DateOnly month, IEnumerable<Client> clients, string type, CancellationToken cancellationToken, Func<Client, string>? street = null)
    {
        var list = clients.ToList();
        using var content = new MemoryStream(Envoi(month, list, type, street));
        var name = list.Count == 1 ? $"DSN_{month:yyyyMM}_{list[0].Siret}_{type}.txt" : $"DSN_{month:yyyyMM}_cabinet-demo.txt";
        Expect(await mediator.Send(new DepositDsnCommand(name, content), cancellationToken));
    }

    /// <summary>A demo request refused is a bug of the seed or of the rules it meets: say which.</summary>
    private static T Expect<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"The Portfolio demo seed was refused: {result.Error!.Code} {result.Error.Message}");

    private static void Expect(Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"The Portfolio demo seed was refused: {result.Error!.Code} {result.Error.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portfolio demo data skipped: the account {Account} is missing or deactivated")]
    private static partial void LogNoAccount(ILogger logger, string account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portfolio demo data: no « demande d'amorçage » seeded, the partner groups have no address (Modular:Portfolio:SeedingEmails)")]
    private static partial void LogNoSeedingAddress(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portfolio demo data: {Count} establishment(s) added for {Account}")]
    private static partial void LogSeeded(ILogger logger, int count, string account);
}
