using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;

namespace Modular.Portfolio.Infrastructure;

/// <summary><c>Modular:Portfolio</c>: how large a deposited DSN may be, the partner groups, where the files are kept.</summary>
internal sealed class PortfolioOptions
{
    public const string SectionName = "Modular:Portfolio";

    /// <summary>A firm's envoi can declare hundreds of establishments: 500 MB by default, read as it streams.</summary>
    public long MaxFileBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>Replaces the default list when set (<c>Modular:Portfolio:PartnerGroups:0:Code</c>, <c>:Name</c>).</summary>
    public PartnerGroupOption[]? PartnerGroups { get; set; }

    /// <summary>
    /// Where each partner group takes « demandes d'amorçage », by its code
    /// (<c>Modular:Portfolio:SeedingEmails:KLESIA</c>); a group without one cannot be asked.
    /// </summary>
    public Dictionary<string, string> SeedingEmails { get; set; } = new(StringComparer.OrdinalIgnoreCase);

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
        options.SeedingEmails.FirstOrDefault(e => string.Equals(e.Key.Trim(), partnerGroup, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } email
            ? email.Trim()
            : null;
}
