using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;

namespace Modular.Portfolio.Infrastructure;

/// <summary><c>Modular:Portfolio</c>: how large a deposited DSN may be, the partner groups, where the files are kept.</summary>
internal sealed class PortfolioOptions
{
    public const string SectionName = "Modular:Portfolio";

    /// <summary>A firm's envoi can declare hundreds of establishments: 500 MB by default, read as it streams.</summary>
    public long MaxFileBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>Replaces the default list when set (<c>Modular:Portfolio:PartnerGroups:0:Code</c>, <c>:Name</c>, <c>:SeedingEmail</c>).</summary>
    public PartnerGroupOption[]? PartnerGroups { get; set; }

    /// <summary>Default: <c>portfolio</c> inside the blob directory.</summary>
    public string? BlobDirectory { get; set; }

    public static readonly IReadOnlyList<PartnerGroupDto> DefaultPartnerGroups =
    [
        new("AG2R", "AG2R La Mondiale"),
        new("APICIL", "Groupe Apicil"),
        new("AUDIENS", "Audiens"),
        new("IRCEM", "Groupe IRCEM"),
        new("KLESIA", "Klesia"),
        new("MALAKOFF", "Malakoff Humanis"),
        new("PROBTP", "PRO BTP"),
    ];
}

internal sealed class PartnerGroupOption
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Where the group takes « demandes d'amorçage »; without it, none can be sent to the group.</summary>
    public string? SeedingEmail { get; set; }
}

/// <summary>The options as the handlers read them, with the product's time zone.</summary>
internal sealed class PortfolioSettings(PortfolioOptions options, TimeZoneInfo zone) : IPortfolioSettings
{
    public long MaxFileBytes => options.MaxFileBytes;

    public IReadOnlyList<PartnerGroupDto> PartnerGroups { get; } = options.PartnerGroups is { Length: > 0 } configured
        ? [.. configured.Where(g => !string.IsNullOrWhiteSpace(g.Code)).Select(g => new PartnerGroupDto(g.Code.Trim(), string.IsNullOrWhiteSpace(g.Name) ? g.Code.Trim() : g.Name.Trim()))]
        : PortfolioOptions.DefaultPartnerGroups;

    public TimeZoneInfo TimeZone => zone;

    public string? SeedingEmail(string partnerGroup) =>
        options.PartnerGroups?.FirstOrDefault(g => string.Equals(g.Code.Trim(), partnerGroup, StringComparison.OrdinalIgnoreCase))?.SeedingEmail is { Length: > 0 } email
            ? email.Trim()
            : null;
}
