using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using System.Security.Claims;
using Modular.Delegation.Contracts;
using Modular.Host.Hosting;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using OpenIddict.Abstractions;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// « Mes mandats »: the mandates the person gave (revocable), those they received (to act for their
/// mandator, or to give up), and their requests on the way (withdrawable until decided).
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, IHostEnvironment environment, TimeProvider time) : ModularPageModel(mediator, localizer)
{
    public MyMandatesDto Mandates { get; private set; } = new([], [], []);

    /// <summary>The mandate the browser acts on (its cookie), if any.</summary>
    public Guid? ActingOn => Guid.TryParse(Request.Cookies[ActingFor.Cookie], out var id) ? id : null;

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

    /// <summary>« Renouveler »: a later last day for a mandate the person gave.</summary>
    public async Task<IActionResult> OnPostRenewAsync(Guid id, DateOnly? endsOn, CancellationToken cancellationToken)
    {
        var renewed = await Mediator.Send(new RenewMandateCommand(id, endsOn), cancellationToken);
        return await AfterAsync(
            renewed, renewed.IsSuccess ? L["Delegation.Mandates.Renewed", renewed.Value.MandataryName, renewed.Value.ServiceName, PageTime.Day(renewed.Value.EndsAt.AddTicks(-1))].Value : null, cancellationToken);
    }

    /// <summary>The latest last day a renewal may give: a year from today.</summary>
    public DateOnly LatestEnd => PageTime.Today(time).AddMonths(12);

    /// <summary>« Agir pour le compte de … »: from now on, the mandated service shows the mandator's data.</summary>
    public async Task<IActionResult> OnPostActAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(User.FindFirstValue(OpenIddictConstants.Claims.Subject), out var userId))
        {
            return NotFound();
        }

        var mandate = await Mediator.Send(new GetActingMandateQuery(id, userId), cancellationToken);
        if (mandate.IsFailure)
        {
            return await AfterAsync(mandate, null, cancellationToken);
        }

        ActingFor.Start(HttpContext, mandate.Value.MandateId, secure: !environment.IsDevelopment() || Request.IsHttps);
        return Redirect(ActingFor.Services.TryGetValue(mandate.Value.ServiceCode, out var pages) ? pages.Home : "/Delegation");
    }

    /// <summary>Back to working in one's own name.</summary>
    public IActionResult OnPostStop()
    {
        ActingFor.Stop(HttpContext);
        StatusMessage = L["Delegation.Acting.Stopped"];
        return Redirect("/Delegation");
    }

    /// <summary>One of the mandator's requests as its PDF form.</summary>
    public async Task<IActionResult> OnGetFormAsync(Guid id, CancellationToken cancellationToken) =>
        DelegationFiles.Form(await Mediator.Send(new GetMandateFormQuery(id), cancellationToken));

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
