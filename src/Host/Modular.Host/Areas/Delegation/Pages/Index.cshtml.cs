using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// « Mes mandats »: the mandates the person gave (revocable), those they received (to act for their
/// mandator, or to give up), and their requests on the way (withdrawable until decided).
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public MyMandatesDto Mandates { get; private set; } = new([], [], []);

    public bool MayRequest => User.IsInRole(DelegationScopes.AgentRole);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var mandates = await Mediator.Send(new ListMyMandatesQuery(), cancellationToken);
        if (mandates.IsFailure)
        {
            return NotFound();
        }

        Mandates = mandates.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var revoked = await Mediator.Send(new RevokeMandateCommand(id), cancellationToken);
        return await AfterAsync(revoked, revoked.IsSuccess ? L["Delegation.Mandates.Revoked", revoked.Value.MandataryName, revoked.Value.MandatorName, revoked.Value.ServiceName].Value : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(await Mediator.Send(new CancelMandateRequestCommand(id), cancellationToken), L["Delegation.Requests.Cancelled"], cancellationToken);

    private async Task<IActionResult> AfterAsync(Result result, string? done, CancellationToken cancellationToken)
    {
        if (result.IsFailure)
        {
            if (result.Error!.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, Message(result.Error));
            return await OnGetAsync(cancellationToken);
        }

        StatusMessage = done;
        return Redirect("/Delegation");
    }
}
