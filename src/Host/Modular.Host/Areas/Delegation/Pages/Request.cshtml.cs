using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// The mandate form, the mandator's part: the service (those open to the category the questionnaire
/// led to), the mandatary's name, where to send them the link to their « section Utilisateur », the
/// mandator's own address, the mandate's last day, and the signature.
/// </summary>
public sealed class RequestModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public StaffCategory Category { get; set; }

    [BindProperty]
    public RequestForm Input { get; set; } = new();

    [BindProperty]
    public SignatureInput Signature { get; set; } = new();

    public IReadOnlyList<DelegableServiceDto> Services { get; private set; } = [];

    public DateOnly LatestEnd { get; private set; }

    public DateOnly EarliestEnd { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
        Input.MandatorEmail = account?.Email;
        Input.EndsOn = LatestEnd;
        Input.ServiceCode = Services.Count == 1 ? Services[0].Code : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var signature = await Signature.ToUploadAsync(cancellationToken);
        var started = await Mediator.Send(
            new StartMandateRequestCommand(Input.ServiceCode, Category, Input.MandataryName, Input.LinkEmail, Input.MandatorEmail, Input.EndsOn, signature), cancellationToken);
        if (started.IsFailure)
        {
            AddErrors(started.Error!);
            return Page();
        }

        if (started.Value.State == MandateRequestState.AwaitingMandatorSignature)
        {
            return Redirect($"/Delegation/Sign/{started.Value.Id}");
        }

        StatusMessage = L["Delegation.Request.Sent", started.Value.MandataryName, started.Value.LinkEmail];
        return Redirect("/Delegation");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var services = await Mediator.Send(new ListDelegableServicesQuery(Category), cancellationToken);
        if (services.IsFailure || !Enum.IsDefined(Category))
        {
            return false;
        }

        Services = services.Value;
        var today = PageTime.Today(time);
        (EarliestEnd, LatestEnd) = (today.AddDays(1), today.AddMonths(12));
        return true;
    }
}

/// <summary>What the mandator's part posts.</summary>
public sealed class RequestForm
{
    public string? ServiceCode { get; set; }

    public string? MandataryName { get; set; }

    public string? LinkEmail { get; set; }

    public string? MandatorEmail { get; set; }

    public DateOnly? EndsOn { get; set; }
}
