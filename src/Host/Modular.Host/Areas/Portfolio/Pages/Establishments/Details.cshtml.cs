using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages.Establishments;

/// <summary>
/// One establishment: its details, the form that completes it (the sender's name offered when it
/// declared itself), the address a DSN changed, and taking it out of the portfolio or back.
/// </summary>
public sealed class EstablishmentDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public EstablishmentForm Input { get; set; } = new();

    public EstablishmentDto? Establishment { get; private set; }

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public bool MayManage => Establishment is { } e && e.Allowed.HasFlag(Responsibilities.Manage);

    public async Task<IActionResult> OnGetAsync(string siret, CancellationToken cancellationToken)
    {
        var found = await Mediator.Send(new GetEstablishmentQuery(siret), cancellationToken);
        if (found.IsFailure)
        {
            return NotFound();
        }

        Establishment = found.Value;
        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
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
        await AfterAsync(siret, await Mediator.Send(new CompleteEstablishmentCommand(siret, Input.Name, Input.DueDay, Input.PartnerGroup), cancellationToken), "Portfolio.Completed", cancellationToken);

    public async Task<IActionResult> OnPostAddressAsync(string siret, bool takeDeclared, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new ResolveEstablishmentAddressCommand(siret, takeDeclared), cancellationToken), "Portfolio.AddressResolved", cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(string siret, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new RemoveEstablishmentCommand(siret), cancellationToken), "Portfolio.Removed", cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(string siret, CancellationToken cancellationToken) =>
        await AfterAsync(siret, await Mediator.Send(new RestoreEstablishmentCommand(siret), cancellationToken), "Portfolio.Restored", cancellationToken);

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

        StatusMessage = L[done];
        return Redirect($"/Portfolio/Establishments/{Uri.EscapeDataString(siret)}");
    }

    private Task<IActionResult> AfterAsync(string siret, Result<EstablishmentDto> result, string done, CancellationToken cancellationToken) =>
        AfterAsync(siret, result.IsSuccess ? Result.Success() : Result.Failure(result.Error!), done, cancellationToken);
}
