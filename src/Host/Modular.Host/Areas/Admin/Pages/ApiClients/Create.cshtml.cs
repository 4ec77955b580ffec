using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Security;

namespace Modular.Host.Areas.Admin.Pages.ApiClients;

public sealed class CreateApiClientModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    public IReadOnlyList<ApiScopeDefinition> AvailableScopes { get; private set; } = [];

    public IReadOnlyList<OrganisationSummaryDto> Organisations { get; private set; } = [];

    public ApiClientSecretDto? Secret { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var result = await Mediator.Send(new RegisterApiClientCommand(DisplayName, Scopes, OrganisationId), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        Secret = result.Value;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AvailableScopes = await ReadAsync(new ListApiScopesQuery(), [], cancellationToken);
        Organisations = await ReadAsync(new ListOrganisationsQuery(), [], cancellationToken);
    }
}
