using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>
/// « Demandez votre accès personnel via le formulaire en ligne »: an insurer's public access form,
/// no account needed. Refusals say why in place (the seed's sentences for a non-personal address
/// and a premium volume under the threshold); a kept request is acknowledged here and by email.
/// </summary>
public sealed class AccessRequestModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public AccessFormDto? Form { get; private set; }

    /// <summary>The request was kept: the page thanks and explains what follows.</summary>
    public bool Sent { get; private set; }

    /// <summary>Refused at once (not eligible): the seed's sentence, shown instead of the form's errors.</summary>
    public string? Ineligible { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rows = Input.Contracts.Select((c, i) => (Row: c, Index: i)).Where(r => !string.IsNullOrWhiteSpace(r.Row.Number)).ToList();
        var result = await Mediator.Send(
            new SubmitAccessRequestCommand(
                id, Input.CompanyName, Input.Uid, [.. rows.Select(r => new ContractInput(r.Row.Line, r.Row.Number, null))], Input.PremiumVolume,
                Input.FirstName, Input.LastName, Input.Email, Input.Phone, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken);
        if (result.IsSuccess)
        {
            Sent = true;
            return Page();
        }

        if (result.Error.Code == ClientPortalErrorCodes.NotEligible)
        {
            Ineligible = Message(result.Error);
            return Page();
        }

        if (result.Error.Code == ClientPortalErrorCodes.ContactNameInvalid)
        {
            ModelState.AddModelError("Input.FirstName", Message(result.Error));
            return Page();
        }

        // A contract's refusal names its place among the rows sent: put it on the row shown.
        var contract = result.Error.FieldErrors.Keys.Select(k => System.Text.RegularExpressions.Regex.Match(k, @"^Contracts\[(\d+)\]")).FirstOrDefault(m => m.Success);
        if (contract is not null && int.TryParse(contract.Groups[1].Value, CultureInfo.InvariantCulture, out var sent) && sent < rows.Count)
        {
            ModelState.AddModelError($"Input.Contracts[{rows[sent].Index}]", Message(result.Error));
            return Page();
        }

        AddErrors(result.Error);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await Mediator.Send(new GetAccessFormQuery(id), cancellationToken);
        Form = form.IsSuccess ? form.Value : null;
        return Form is not null;
    }

    public sealed class RequestInput
    {
        public string? CompanyName { get; set; }

        public string? Uid { get; set; }

        public string? PremiumVolume { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public List<RequestedRow> Contracts { get; set; } = [.. Enum.GetValues<InsuranceLine>().Select(line => new RequestedRow { Line = line })];
    }

    public sealed class RequestedRow
    {
        public InsuranceLine Line { get; set; }

        public string? Number { get; set; }
    }
}
