using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;

namespace Modular.Host.Areas.Admin.Pages.Users;

public sealed class CreateUserModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<OrganisationSummaryDto> Organisations { get; private set; } = [];

    public CreatedUserDto? Created { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Manage.Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = "";

        public string Role { get; set; } = IdentityRoles.Agent;

        public Guid? OrganisationId { get; set; }
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Mediator.Send(new CreateUserCommand(Input.Email, Input.DisplayName, Input.OrganisationId, Input.Role), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error);
            return Page();
        }

        // Shown in this response only: the temporary password is never stored in clear.
        Created = result.Value;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await ReadAsync(new ListOrganisationsQuery(), [], cancellationToken);
    }
}
