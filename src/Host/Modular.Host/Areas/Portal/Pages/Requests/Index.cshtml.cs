using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Requests;

/// <summary>The advisors' queue of access requests, oldest first; the decided ones on demand.</summary>
public sealed class RequestsIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, SharedKernel.Links.IPublicLinks links) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<AccessRequestDto>? Requests { get; private set; }

    /// <summary>The public form's address, for the insurer's website.</summary>
    public string? FormUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListAccessRequestsQuery(All), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Requests = result.Value;
        var organisation = User.FindFirst(Modular.Identity.Contracts.IdentityClaimTypes.OrganisationId)?.Value;
        FormUrl = organisation is null ? null : links.To(PortalPublicPages.AccessForm, organisation);
    }
}
