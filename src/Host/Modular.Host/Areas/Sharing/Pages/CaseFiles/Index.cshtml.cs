using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>"Mes dossiers": the agent's client case files, searchable by client name.</summary>
public sealed class CaseFilesIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedList<CaseFileSummaryDto>? CaseFiles { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListMyCaseFilesQuery(Search, PageNumber), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        CaseFiles = result.Value;
    }
}
