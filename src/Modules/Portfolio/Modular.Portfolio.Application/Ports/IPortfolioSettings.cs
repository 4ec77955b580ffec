using Modular.Portfolio.Contracts;

namespace Modular.Portfolio.Application.Ports;

/// <summary><c>Modular:Portfolio</c>: how large a DSN file may be, and the partner social-protection groups.</summary>
internal interface IPortfolioSettings
{
    long MaxFileBytes { get; }

    IReadOnlyList<PartnerGroupDto> PartnerGroups { get; }

    /// <summary>The zone of the due dates' noon (<c>Modular:TimeZone</c>).</summary>
    TimeZoneInfo TimeZone { get; }
}
