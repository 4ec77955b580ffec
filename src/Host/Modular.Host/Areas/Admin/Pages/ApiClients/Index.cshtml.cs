using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.ApiClients;

namespace Modular.Host.Areas.Admin.Pages.ApiClients;

public sealed class ApiClientsIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<ApiClientDto> Clients { get; private set; } = [];

    public ApiClientSecretDto? Secret { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await ReadAsync(new ListApiClientsQuery(), [], cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(string clientId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new RotateApiClientSecretCommand(clientId), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
        }
        else
        {
            Secret = result.Value;
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new DeleteApiClientCommand(clientId), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L["Admin.ApiClients.Deleted"];
        return RedirectToPage();
    }
}
