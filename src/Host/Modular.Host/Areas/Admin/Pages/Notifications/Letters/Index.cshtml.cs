using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Admin;
using Modular.Notifications.Contracts;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Letters;

/// <summary>The print queue: letters waiting to be printed and posted, and what letters cost per organisation and month.</summary>
public sealed class LettersIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<LetterDto> Letters { get; private set; } = [];

    public IReadOnlyList<PostalCostDto> Costs { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var letters = await Mediator.Send(new ListLettersQuery(), cancellationToken);
        if (letters.IsFailure)
        {
            AddErrors(letters.Error, prefix: null);
        }
        else
        {
            Letters = letters.Value;
        }

        Costs = await ReadAsync(new GetPostalCostsQuery(), [], cancellationToken);
        var organisations = await ReadAsync(new ListOrganisationsQuery(), [], cancellationToken);
        OrganisationNames = organisations.ToDictionary(o => o.Id, o => o.Name);
    }

    public async Task<IActionResult> OnPostMarkPostedAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new MarkLetterPostedCommand(id), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L["Notifications.Letters.PostedDone"];
        return RedirectToPage();
    }

    public string OrganisationName(Guid? id) =>
        id is not { } known ? "—" : OrganisationNames.TryGetValue(known, out var name) ? name : known.ToString();
}
