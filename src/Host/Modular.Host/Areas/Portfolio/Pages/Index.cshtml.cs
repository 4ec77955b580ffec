using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portfolio.Pages;

/// <summary>« Mon portefeuille »: the establishments the caller reaches, searched and filtered by status, a page at a time.</summary>
public sealed class PortfolioIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public EstablishmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedList<EstablishmentDto>? Establishments { get; private set; }

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
        var result = await Mediator.Send(new SearchEstablishmentsQuery(Q, Status, Page: PageNumber), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        if (result.Value.Page > result.Value.PageCount)
        {
            // A page past the end (the list got shorter, or a hand-typed number): the last one.
            return RedirectToPage(new { q = Q, status = Status, PageNumber = result.Value.PageCount });
        }

        Establishments = result.Value;
        return Page();
    }
}
