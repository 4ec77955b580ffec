using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Areas.Portfolio.Pages;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>The body of <c>POST</c> and <c>PATCH /api/v1/portfolio/establishments</c>.</summary>
internal sealed record EstablishmentRequest(string? Siret, string? Name, DueDay? DueDay, string? PartnerGroup);

/// <summary>The body of <c>POST /api/v1/portfolio/profiles</c> and <c>PUT /api/v1/portfolio/profiles/{id}</c>.</summary>
internal sealed record ProfileRequest(
    string? Name, Responsibilities Responsibilities, IReadOnlyList<Guid>? Establishments, string? RulePartnerGroup, DueDay? RuleDueDay, IReadOnlyList<Guid>? Collaborators);

/// <summary>The body of <c>PATCH /api/v1/portfolio/establishments/{siret}/seeding-requests/{id}</c>: the partner group's answer.</summary>
internal sealed record SeedingAnswerRequest(bool Accepted);

/// <summary>
/// The portfolio's API, for the firm's people (their token) and its systems (client credentials):
/// <c>portfolio.read</c> to read, <c>portfolio.write</c> to deposit and manage. A collaborator
/// reaches their delegation's part only: another establishment, or another firm's, is not found.
/// </summary>
internal static class PortfolioApi
{
    private const string Tag = "Portfolio";

    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api, long maxFileBytes)
    {
        var portfolio = api.MapGroup("/portfolio").WithTags(Tag);

        portfolio.MapGet("/establishments", async (string? q, EstablishmentStatus? status, string? partnerGroup, DueDay? dueDay, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListEstablishmentsQuery(q, status, partnerGroup, dueDay), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListEstablishments")
            .WithSummary("The establishments of the portfolio the caller sees, by name")
            .WithDescription("""
                Filters: `q` (the start of a word of the name, or at least 3 digits of the SIRET), `status`
                (`ToComplete`, `Complete`, or `Removed`: the administrator's history), `partnerGroup`, `dueDay`
                (`Fifth`, `Fifteenth`). Each says what the caller may do on it (`allowed`). 403 `no-portfolio-access`.
                """)
            .Produces<IReadOnlyList<EstablishmentDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portfolio.MapPost("/establishments", async (EstablishmentRequest body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Created(await mediator.Send(new AddEstablishmentCommand(body.Siret, body.Name, body.DueDay, body.PartnerGroup), ct), e => $"/api/v1/portfolio/establishments/{e.Siret}"))
            .RequireScope(PortfolioScopes.Write)
            .WithName("AddEstablishment")
            .WithSummary("« Ajout manuel »: adds an establishment (the administrator)")
            .WithDescription("""
                JSON: `siret` (14 digits; spaces and dots ignored), `name`, `dueDay` (`Fifth` or `Fifteenth`),
                `partnerGroup` (a code of `GET /partner-groups`). One removed earlier comes back. 422
                `siret-invalid` (reason `missing`, `characters`, `length`, `key`), `establishment-name-invalid`,
                `due-day-invalid`, `partner-group-required`, `partner-group-unknown`; 409 `establishment-already-there`;
                403 `not-portfolio-administrator`.
                """)
            .Produces<EstablishmentDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapGet("/establishments/{siret}", async (string siret, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetEstablishmentQuery(siret), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("GetEstablishment")
            .WithSummary("One establishment by its SIRET; 404 `establishment-not-found` outside the caller's part")
            .Produces<EstablishmentDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapPatch("/establishments/{siret}", async (string siret, EstablishmentRequest body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new CompleteEstablishmentCommand(siret, body.Name, body.DueDay, body.PartnerGroup), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("CompleteEstablishment")
            .WithSummary("Gives or corrects the name, due day and partner group")
            .WithDescription("JSON: `name`, `dueDay`, `partnerGroup`, all three. 422 as for adding; 403 `responsibility-missing`; 404 `establishment-not-found`.")
            .Produces<EstablishmentDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapDelete("/establishments/{siret}", async (string siret, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new RemoveEstablishmentCommand(siret), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("RemoveEstablishment")
            .WithSummary("Takes an establishment out of the portfolio (kept in its history; add it again to restore it)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        portfolio.MapGet("/establishments/{siret}/journal", async (string siret, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetEstablishmentJournalQuery(siret), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("GetEstablishmentJournal")
            .WithSummary("An establishment's history, the latest first (its last 200 lines)")
            .WithDescription("Each line: `at`, `event`, `actor` (a person of the firm, a client id, or null for an automatic reminder) and `detail` (for `Deposited`: `YYYY-MM`, `R` for a cancel-and-replace, then the file name). 404 `establishment-not-found`.")
            .Produces<IReadOnlyList<JournalEntryDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapGet("/establishments/{siret}/seeding-requests", async (string siret, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListSeedingRequestsQuery(siret), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListSeedingRequests")
            .WithSummary("The establishment's « demandes d'amorçage », the latest first")
            .Produces<IReadOnlyList<SeedingRequestDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapPost("/establishments/{siret}/seeding-requests", async (string siret, IMediator mediator, CancellationToken ct) =>
                ApiResults.Created(await mediator.Send(new RequestSeedingCommand(siret), ct), r => $"/api/v1/portfolio/establishments/{siret}/seeding-requests"))
            .RequireScope(PortfolioScopes.Write)
            .WithName("RequestSeeding")
            .WithSummary("« Demande d'amorçage »: emails the establishment's partner group, which is reminded after 10 days without an answer")
            .WithDescription("No body. 409 `seeding-partner-required`, `seeding-already-requested`, `seeding-already-accepted`, `seeding-contact-missing`, `establishment-removed`; 403 `responsibility-missing`; 404 `establishment-not-found`.")
            .Produces<SeedingRequestDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        portfolio.MapPatch("/establishments/{siret}/seeding-requests/{id:guid}", async (string siret, Guid id, SeedingAnswerRequest body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new AnswerSeedingCommand(siret, id, body.Accepted), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("AnswerSeeding")
            .WithSummary("Records the partner group's answer (the administrator): `{ \"accepted\": true }` or `false`")
            .WithDescription("409 `seeding-already-answered`; 403 `not-portfolio-administrator`; 404 `establishment-not-found`, `seeding-not-found`.")
            .Produces<SeedingRequestDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        portfolio.MapGet("/profiles", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListDelegationProfilesQuery(), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListDelegationProfiles")
            .WithSummary("« Délégation de gestion »: the firm's delegation profiles (the administrator)")
            .Produces<IReadOnlyList<DelegationProfileDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portfolio.MapGet("/profiles/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetDelegationProfileQuery(id), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("GetDelegationProfile")
            .WithSummary("One delegation profile; 404 `profile-not-found`")
            .Produces<DelegationProfileDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapPost("/profiles", async (ProfileRequest body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Created(
                    await mediator.Send(new CreateDelegationProfileCommand(body.Name, body.Responsibilities, body.Establishments ?? [], body.RulePartnerGroup, body.RuleDueDay, body.Collaborators ?? []), ct),
                    p => $"/api/v1/portfolio/profiles/{p.Id}"))
            .RequireScope(PortfolioScopes.Write)
            .WithName("CreateDelegationProfile")
            .WithSummary("Creates a delegation profile (the administrator)")
            .WithDescription("""
                JSON: `name`, `responsibilities` (`"View, Deposit, Manage, RequestSeeding"`, any of them; `View` always comes),
                `establishments` (ids, chosen one by one) or a rule (`rulePartnerGroup` and/or `ruleDueDay`), `collaborators`
                (user ids of the firm's active accounts). 422 `profile-name-invalid`, `profile-responsibilities-required`,
                `profile-selection-required`, `profile-establishment-unknown`, `collaborator-unknown`, `partner-group-unknown`;
                403 `not-portfolio-administrator`.
                """)
            .Produces<DelegationProfileDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapPut("/profiles/{id:guid}", async (Guid id, ProfileRequest body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(
                    new ChangeDelegationProfileCommand(id, body.Name, body.Responsibilities, body.Establishments ?? [], body.RulePartnerGroup, body.RuleDueDay, body.Collaborators ?? []), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("ChangeDelegationProfile")
            .WithSummary("Replaces a delegation profile as a whole; 422 as for creating, 404 `profile-not-found`")
            .Produces<DelegationProfileDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapDelete("/profiles/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new DeleteDelegationProfileCommand(id), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("DeleteDelegationProfile")
            .WithSummary("Deletes a delegation profile: its collaborators lose that part at once")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapGet("/administrators", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListPortfolioAdministratorsQuery(), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListPortfolioAdministrators")
            .WithSummary("The agents given the portfolio-administrator right (the firm's admins always have it)")
            .Produces<IReadOnlyList<PortfolioAdministratorDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portfolio.MapPut("/administrators/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new GrantPortfolioAdministratorCommand(userId), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("GrantPortfolioAdministrator")
            .WithSummary("Gives an agent of the firm the portfolio-administrator right; 422 `administrator-unknown`")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapDelete("/administrators/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new RevokePortfolioAdministratorCommand(userId), ct)))
            .RequireScope(PortfolioScopes.Write)
            .WithName("RevokePortfolioAdministrator")
            .WithSummary("Takes the right back (the agent keeps what their profiles give)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portfolio.MapGet("/partner-groups", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListPartnerGroupsQuery(), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListPartnerGroups")
            .WithSummary("The partner social-protection groups an establishment may be attached to")
            .Produces<IReadOnlyList<PartnerGroupDto>>();

        portfolio.MapPost("/dsn-deposits", (HttpRequest request, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
                DepositAsync(request, mediator, localizer, ct))
            .RequireScope(PortfolioScopes.Write)
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + SingleFileUpload.EnvelopeBytes))
            .WithName("DepositDsn")
            .WithSummary("« Déposer une DSN »: deposits a DSN file (multipart, part `file`)")
            .WithDescription("""
                The file (ISO-8859-1) is read as it streams. 201 with each declaration's SIRET, month,
                nature, type, address and outcome (`Added`, `AlreadyThere`, or `Refused` with `refusalReason`
                `removed` or `outside-profile`); 200 with `alreadyDeposited` when the same file was deposited
                before (nothing is added again). 422 `dsn-refused` when the file has structural problems:
                nothing is added, and `problems` lists each one with its `line`, `code` and `detail`
                (`dsn-line-syntax`, `dsn-block-order`, `dsn-s90-missing`, `dsn-s90-lines`, `dsn-siret-invalid`,
                `dsn-utf8`, `dsn-binary`…); 422 `dsn-empty`; 413 `dsn-too-large`; 403 `responsibility-missing`.
                """)
            .Produces<DepositDto>(StatusCodes.Status201Created)
            .Produces<DepositDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portfolio.MapGet("/dsn-deposits/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetDepositQuery(id), ct)))
            .RequireScope(PortfolioScopes.Read)
            .WithName("GetDsnDeposit")
            .WithSummary("A deposit and its declarations; 404 `deposit-not-found` (another firm's, or a collaborator's other than one's own)")
            .Produces<DepositDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        portfolio.MapGet("/filings", async (string? month, IMediator mediator, TimeProvider time, CancellationToken ct) =>
                PortfolioFormat.MonthOf(month, time) is { } first
                    ? ApiResults.Ok(await mediator.Send(new ListFilingsQuery(first), ct))
                    : ApiResults.Problem(MonthInvalid))
            .RequireScope(PortfolioScopes.Read)
            .WithName("ListFilings")
            .WithSummary("« Échéancier »: each establishment's DSN of a month (`month=YYYY-MM`, default the previous month)")
            .WithDescription("Each line: the due moment (noon on the 5th or 15th of the next month, Paris), when the month's latest DSN was deposited, and `state` (`OnTime`, `Late`, `Awaited`, `Overdue`, `Unknown` without a due day); a replacement says so. 422 `month-invalid`.")
            .Produces<IReadOnlyList<FilingLineDto>>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return api;
    }

    /// <summary>The multipart body's part <c>file</c>, handed to the module as a stream.</summary>
    private static Task<IResult> DepositAsync(HttpRequest request, IMediator mediator, IStringLocalizer localizer, CancellationToken cancellationToken) =>
        SingleFileUpload.ReceiveAsync(request, [], async (_, fileName, content) =>
        {
            var deposited = await mediator.Send(new DepositDsnCommand(fileName, content), cancellationToken);
            if (deposited.IsFailure)
            {
                return ApiResults.Problem(WithProblemsDescribed(deposited.Error!, localizer));
            }

            return deposited.Value.AlreadyDeposited
                ? TypedResults.Ok(deposited.Value)
                : TypedResults.Created($"/api/v1/portfolio/dsn-deposits/{deposited.Value.Id}", deposited.Value);
        }, cancellationToken);

    /// <summary>A refused file's problems as the caller reads them: line, code, and the text in their language.</summary>
    private static Error WithProblemsDescribed(Error error, IStringLocalizer localizer) =>
        error.Extensions.TryGetValue("problems", out var value) && value is IReadOnlyList<Error> problems
            ? error.WithExtension("problems", problems.Select(p => new { line = p.Arguments.Count > 0 ? p.Arguments[0] : null, code = p.Code, detail = localizer.Describe(p) }).ToList())
            : error;

    private static readonly Error MonthInvalid = Error.Invalid("month-invalid", "Indiquez le mois sous la forme AAAA-MM, par exemple 2026-10.");
}
