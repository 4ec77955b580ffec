using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Companies;

/// <summary>« Nouvelle entreprise cliente »: the company, its UID and address, its contracts (one per line at most on this form), paper or not.</summary>
public sealed class CreateCompanyModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public CompanyInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The form has a row per line; the rows left empty are not contracts.
        var rows = Input.Contracts.Select((c, i) => (Row: c, Index: i)).Where(r => !string.IsNullOrWhiteSpace(r.Row.Number) || !string.IsNullOrWhiteSpace(r.Row.AnnualPremium)).ToList();
        var result = await Mediator.Send(
            new CreateClientCompanyCommand(
                Input.Name, Input.Uid, Input.Street, Input.PostalCode, Input.City,
                [.. rows.Select(r => new ContractInput(r.Row.Line, r.Row.Number, r.Row.AnnualPremium))],
                Input.Paperless, Input.CopyEmail),
            cancellationToken);
        if (result.IsFailure)
        {
            // A contract's refusal names its place among the rows sent: put it on the row shown.
            var error = result.Error;
            foreach (var (field, _) in error.FieldErrors)
            {
                var match = System.Text.RegularExpressions.Regex.Match(field, @"^Contracts\[(\d+)\](.*)$");
                if (match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var sent) && sent < rows.Count)
                {
                    ModelState.AddModelError($"Input.Contracts[{rows[sent].Index}]{match.Groups[2].Value}", Message(error));
                    return Page();
                }
            }

            AddErrors(error);
            return Page();
        }

        StatusMessage = L["Portal.Companies.Created"];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id = result.Value });
    }

    public sealed class CompanyInput
    {
        public string? Name { get; set; }

        public string? Uid { get; set; }

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public bool Paperless { get; set; } = true;

        public string? CopyEmail { get; set; }

        public List<ContractRow> Contracts { get; set; } = [.. Enum.GetValues<InsuranceLine>().Select(line => new ContractRow { Line = line })];
    }

    public sealed class ContractRow
    {
        public InsuranceLine Line { get; set; }

        public string? Number { get; set; }

        public string? AnnualPremium { get; set; }
    }
}
