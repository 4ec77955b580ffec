using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>
/// The case file form as posted: policies and sections are repeated rows, one of them blank for
/// the next entry; blank rows are dropped before saving so the module's field names
/// (<c>Policies[0].Insurer</c>) point at the rows the person sees.
/// </summary>
public sealed class CaseFileInput
{
    public ClientInput Client { get; set; } = new();

    public List<PolicyInput> Policies { get; set; } = [];

    public string? Notes { get; set; }

    public List<SectionInput> Sections { get; set; } = [];

    public static CaseFileInput From(CaseFileContentDto content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new CaseFileInput
        {
            Client = new ClientInput
            {
                LastName = content.Client.LastName,
                FirstName = content.Client.FirstName,
                BirthDate = content.Client.BirthDate,
                Email = content.Client.Email,
                Phone = content.Client.Phone,
                Address = content.Client.Address,
            },
            Policies = [.. content.Policies.Select(p => new PolicyInput
            {
                Insurer = p.Insurer,
                Number = p.Number,
                Product = p.Product,
                AnnualPremium = p.AnnualPremium.ToString("0.00", CultureInfo.CurrentCulture),
            })],
            Notes = content.Notes,
            Sections = [.. content.Sections.Select(s => new SectionInput { Title = s.Title, Body = s.Body })],
        };
    }

    /// <summary>Drops the rows left blank, then adds one blank row of each kind for the next entry.</summary>
    public void WithBlankRows(int extraPolicies = 1, int extraSections = 1)
    {
        RemoveBlankRows();
        for (var i = 0; i < extraPolicies; i++)
        {
            Policies.Add(new PolicyInput());
        }

        for (var i = 0; i < extraSections; i++)
        {
            Sections.Add(new SectionInput());
        }
    }

    public void RemoveBlankRows()
    {
        Policies = [.. Policies.Where(p => !p.IsBlank)];
        Sections = [.. Sections.Where(s => !s.IsBlank)];
    }

    /// <summary>
    /// The content to send, or null when a premium cannot be read as an amount (the error is then
    /// in <paramref name="modelState"/> under <paramref name="prefix"/>). Call after <see cref="RemoveBlankRows"/>.
    /// </summary>
    public CaseFileContentDto? ToContent(ModelStateDictionary modelState, string prefix, string premiumError)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var policies = new List<PolicyDto>(Policies.Count);
        for (var i = 0; i < Policies.Count; i++)
        {
            var policy = Policies[i];
            if (ReadAmount(policy.AnnualPremium) is not { } premium)
            {
                modelState.AddModelError($"{prefix}.Policies[{i}].AnnualPremium", premiumError);
                continue;
            }

            policies.Add(new PolicyDto(policy.Insurer ?? "", policy.Number ?? "", policy.Product ?? "", premium));
        }

        if (policies.Count != Policies.Count)
        {
            return null;
        }

        return new CaseFileContentDto(
            new ClientIdentityDto(Client.LastName ?? "", Client.FirstName, Client.BirthDate, Client.Email, Client.Phone, Client.Address),
            policies,
            Notes,
            [.. Sections.Select(s => new SectionDto(s.Title ?? "", s.Body ?? ""))]);
    }

    /// <summary>"1 250,50", "1250.5" or "1250 €": spaces and the euro sign ignored, comma or point for cents; empty is zero.</summary>
    private static decimal? ReadAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0m;
        }

        var cleaned = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '€')]).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    public sealed class ClientInput
    {
        public string? LastName { get; set; }

        public string? FirstName { get; set; }

        public DateOnly? BirthDate { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Address { get; set; }
    }

    public sealed class PolicyInput
    {
        public string? Insurer { get; set; }

        public string? Number { get; set; }

        public string? Product { get; set; }

        /// <summary>As typed: read by <see cref="ToContent"/> in either decimal notation.</summary>
        public string? AnnualPremium { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Insurer) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Product) && string.IsNullOrWhiteSpace(AnnualPremium);
    }

    public sealed class SectionInput
    {
        public string? Title { get; set; }

        public string? Body { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Body);
    }
}
