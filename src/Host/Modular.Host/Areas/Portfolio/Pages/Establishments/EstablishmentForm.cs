using Modular.Portfolio.Contracts;

namespace Modular.Host.Areas.Portfolio.Pages.Establishments;

/// <summary>What a person types to add or complete an establishment.</summary>
public sealed class EstablishmentForm
{
    public string? Siret { get; set; }

    public string? Name { get; set; }

    public DueDay? DueDay { get; set; }

    public string? PartnerGroup { get; set; }
}
