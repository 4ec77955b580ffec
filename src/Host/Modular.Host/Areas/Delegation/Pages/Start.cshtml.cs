using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// « Je veux déléguer l'accès à un service en ligne »: the decision tree. The date processed today
/// is shown; the answers lead to the mandate form of the right category, or to the reason there
/// is none (a commercial billing agency, someone who is not staff).
/// </summary>
public sealed class StartModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? StaffRole { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    public DateOnly ProcessingDate { get; private set; }

    /// <summary>Why the answers lead to no form, in the reader's language.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(DelegationScopes.AgentRole))
        {
            return NotFound();
        }

        ProcessingDate = (await Mediator.Send(new GetProcessingDateQuery(), cancellationToken)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var decided = await Mediator.Send(new DecideMandateFormQuery(Kind, StaffRole, Agency), cancellationToken);
        if (decided.IsSuccess)
        {
            return Redirect($"/Delegation/Request/{decided.Value.Category}");
        }

        if (decided.Error!.Code is "role-required")
        {
            return NotFound();
        }

        Refusal = Message(decided.Error);
        ProcessingDate = (await Mediator.Send(new GetProcessingDateQuery(), cancellationToken)).Value;
        return Page();
    }
}
