using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages.Establishments;

/// <summary>
/// One establishment: its details, the form that completes it (the sender's name offered when it
/// declared itself), the address a DSN changed, taking it out of the portfolio or back, the
/// « demande d'amorçage » offered (and the partner's answer recorded), and its history.
/// </summary>
public sealed class EstablishmentDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public EstablishmentForm Input { get; set; } = new();

    public EstablishmentDto? Establishment { get; private set; }

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public IReadOnlyList<SeedingRequestDto> SeedingRequests { get; private set; } = [];

    public IReadOnlyList<JournalEntryDto> Journal { get; private set; } = [];

    public bool IsAdministrator { get; private set; }

    /// <summary>Set after a manual add: the page puts the offer of a « demande d'amorçage » first.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    public bool MayManage => Establishment is { } e && e.Allowed.HasFlag(Responsibilities.Manage);

    /// <summary>The offer stands while the caller may request, the establishment is in the portfolio, and no request awaits or was accepted by its group.</summary>
    public bool SeedingOffered
    {
        get
        {
            if (Establishment is not { } e || e.Status == EstablishmentStatus.Removed || !e.Allowed.HasFlag(Responsibilities.RequestSeeding))
            {
                return false;
            }

            return SeedingRequests.FirstOrDefault() switch
            {
                null => true,
                { Status: SeedingStatus.Requested } => false,
                { Status: SeedingStatus.Accepted } accepted => accepted.PartnerGroup != e.PartnerGroup,
                _ => true,
            };
        }
    }

    public async Task<IActionResult> OnGetAsync(string siret, CancellationToken cancellationToken)
    {
        var found = await Mediator.Send(new GetEstablishmentQuery(siret), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        Establishment = found.Value;
        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
        SeedingRequests = (await Mediator.Send(new ListSeedingRequestsQuery(siret), cancellationToken)).Value;
        Journal = (await Mediator.Send(new GetEstablishmentJournalQuery(siret), cancellationToken)).Value;
        IsAdministrator = (await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value.IsAdministrator;
        if (ModelState.IsValid)
        {
            Input = new EstablishmentForm
            {
                Name = Establishment.Name ?? Establishment.SuggestedName,
                DueDay = Establishment.DueDay,
                PartnerGroup = Establishment.PartnerGroup,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(string siret, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new CompleteEstablishmentCommand(siret, Input.Name, Input.DueDay, Input.PartnerGroup), cancellationToken), L["Portfolio.Completed"], cancellationToken);

    public async Task<IActionResult> OnPostAddressAsync(string siret, bool takeDeclared, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new ResolveEstablishmentAddressCommand(siret, takeDeclared), cancellationToken), L["Portfolio.AddressResolved"], cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(string siret, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new RemoveEstablishmentCommand(siret), cancellationToken), L["Portfolio.Removed"], cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(string siret, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new RestoreEstablishmentCommand(siret), cancellationToken), L["Portfolio.Restored"], cancellationToken);

    public async Task<IActionResult> OnPostSeedingAsync(string siret, CancellationToken cancellationToken)
    {
        var requested = await Mediator.Send(new RequestSeedingCommand(siret), cancellationToken);
        return await AfterAsync(siret, requested, requested.IsSuccess ? L["Portfolio.Seeding.Sent", requested.Value.ContactEmail] : "", cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(string siret, Guid requestId, bool accepted, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new AnswerSeedingCommand(siret, requestId, accepted), cancellationToken), L["Portfolio.Seeding.Answered"], cancellationToken);

    private async Task<IActionResult> AfterAsync(string siret, Result result, string done, CancellationToken cancellationToken)
    {
        if (result.IsFailure)
        {
            if (result.Error!.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            AddErrors(result.Error);
            return await OnGetAsync(siret, cancellationToken);
        }

        StatusMessage = done;
        return Redirect($"/Portfolio/Establishments/{Uri.EscapeDataString(siret)}");
    }

    private Task<IActionResult> AfterAsync<T>(string siret, Result<T> result, string done, CancellationToken cancellationToken) =>
        AfterAsync(siret, result.IsSuccess ? Result.Success() : Result.Failure(result.Error!), done, cancellationToken);
}
