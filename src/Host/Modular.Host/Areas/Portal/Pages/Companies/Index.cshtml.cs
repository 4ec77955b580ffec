using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Companies;

/// <summary>« Portail clientèle », the insurer's side: its client companies, searched by name or UID.</summary>
public sealed class CompaniesIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ClientCompanySummaryDto>? Companies { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListClientCompaniesQuery(Q), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Companies = result.Value;
    }
}
