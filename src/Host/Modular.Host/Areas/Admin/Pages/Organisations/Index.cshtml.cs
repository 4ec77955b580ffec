using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Admin;

namespace Modular.Host.Areas.Admin.Pages.Organisations;

public sealed class OrganisationsIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Admin.Organisations.Name")]
    public string Name { get; set; } = "";

    public IReadOnlyList<OrganisationSummaryDto> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = await ReadAsync(new ListOrganisationsQuery(), [], cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Mediator.Send(new CreateOrganisationCommand(Name), cancellationToken);
            if (result.IsSuccess)
            {
                StatusMessage = L["Admin.Organisations.Created"];
                return RedirectToPage();
            }

            AddErrors(result.Error, prefix: null);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
