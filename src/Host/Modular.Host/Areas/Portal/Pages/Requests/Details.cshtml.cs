using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Requests;

/// <summary>
/// An access request as the advisor checks it against the company's contracts: approve (the contact
/// is invited; a company new to the portal is created from the completed form) or refuse with a reason.
/// </summary>
public sealed class RequestDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public AccessRequestDto? AccessRequest { get; private set; }

    [BindProperty]
    public Companies.CreateCompanyModel.CompanyInput Company { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The form of a new company starts from what the requester gave.
        var request = AccessRequest!;
        Company.Name = request.CompanyName;
        Company.Uid = request.Uid;
        foreach (var row in Company.Contracts)
        {
            row.Number = request.Contracts.FirstOrDefault(c => c.Line == row.Line)?.Number;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        CreateClientCompanyCommand? form = null;
        if (AccessRequest!.KnownCompany is null)
        {
            var rows = Company.Contracts.Where(r => !string.IsNullOrWhiteSpace(r.Number) || !string.IsNullOrWhiteSpace(r.AnnualPremium)).ToList();
            form = new CreateClientCompanyCommand(
                Company.Name, Company.Uid, Company.Street, Company.PostalCode, Company.City,
                [.. rows.Select(r => new ContractInput(r.Line, r.Number, r.AnnualPremium))], Company.Paperless, Company.CopyEmail);
        }

        var approved = await Mediator.Send(new ApproveAccessRequestCommand(id, form), cancellationToken);
        if (approved.IsFailure)
        {
            AddErrors(approved.Error, prefix: "Company");
            return Page();
        }

        StatusMessage = L["Portal.Requests.Approved", AccessRequest.Email];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id = approved.Value });
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var refused = await Mediator.Send(new RefuseAccessRequestCommand(id, Reason), cancellationToken);
        if (refused.IsFailure)
        {
            AddErrors(refused.Error, prefix: null);
            return Page();
        }

        StatusMessage = L["Portal.Requests.Refused", AccessRequest!.Email];
        return RedirectToPage("/Requests/Index", new { area = "Portal" });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await Mediator.Send(new GetAccessRequestQuery(id), cancellationToken);
        AccessRequest = request.IsSuccess ? request.Value : null;
        return AccessRequest is not null;
    }
}
