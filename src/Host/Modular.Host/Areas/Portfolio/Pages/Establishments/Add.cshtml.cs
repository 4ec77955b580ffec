using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;

namespace Modular.Host.Areas.Portfolio.Pages.Establishments;

/// <summary>« Ajout manuel »: the SIRET, the company's name, its partner and due day (the administrator).</summary>
public sealed class AddEstablishmentModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public EstablishmentForm Input { get; set; } = new();

    public IReadOnlyList<PartnerGroupDto> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value.IsAdministrator)
        {
            return NotFound();
        }

        Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var added = await Mediator.Send(new AddEstablishmentCommand(Input.Siret, Input.Name, Input.DueDay, Input.PartnerGroup), cancellationToken);
        if (added.IsFailure)
        {
            AddErrors(added.Error!);
            Groups = (await Mediator.Send(new ListPartnerGroupsQuery(), cancellationToken)).Value;
            return Page();
        }

        StatusMessage = L["Portfolio.Add.Done", PortfolioFormat.Siret(added.Value.Siret)];
        return Redirect($"/Portfolio/Establishments/{added.Value.Siret}?added=true");
    }
}
