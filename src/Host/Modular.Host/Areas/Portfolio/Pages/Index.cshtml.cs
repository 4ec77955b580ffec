using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages;

/// <summary>« Mon portefeuille »: the establishments the caller reaches, searched and filtered by status.</summary>
public sealed class PortfolioIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public EstablishmentStatus? Status { get; set; }

    public IReadOnlyList<EstablishmentDto>? Establishments { get; private set; }

    public PortfolioAccessDto Access { get; private set; } = new(false, false);

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Access = (await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value;
        if (!Access.HasAccess)
        {
            return NotFound();
        }

        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
        var result = await Mediator.Send(new ListEstablishmentsQuery(Q, Status), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        Establishments = result.Value;
        return Page();
    }
}
