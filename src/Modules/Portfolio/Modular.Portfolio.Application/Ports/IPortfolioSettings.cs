using Modular.Portfolio.Contracts;

namespace Modular.Portfolio.Application.Ports;

/// <summary><c>Modular:Portfolio</c>: how large a DSN file may be, and the partner social-protection groups.</summary>
internal interface IPortfolioSettings
{
    long MaxFileBytes { get; }

    IReadOnlyList<PartnerGroupDto> PartnerGroups { get; }

    /// <summary>Where a partner group takes « demandes d'amorçage » (<c>Modular:Portfolio:PartnerGroups:n:SeedingEmail</c>); null when not configured.</summary>
    string? SeedingEmail(string partnerGroup);

    /// <summary>The zone of the due dates' noon (<c>Modular:TimeZone</c>).</summary>
    TimeZoneInfo TimeZone { get; }
}
