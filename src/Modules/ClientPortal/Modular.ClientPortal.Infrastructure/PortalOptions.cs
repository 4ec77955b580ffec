using Modular.ClientPortal.Application.Ports;

namespace Modular.ClientPortal.Infrastructure;

/// <summary><c>Modular:Portal</c>: how long documents stay (days), how large a PDF may be, where the PDFs are kept, when the daily emails go.</summary>
internal sealed class PortalOptions : IPortalSettings
{
    public const string SectionName = "Modular:Portal";

    public int RetentionDays { get; set; } = Domain.Documents.Retention.DefaultDays;

    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    public decimal MinimumPremiumVolume { get; set; } = Domain.Requests.Eligibility.DefaultMinimumFrancs;

    /// <summary>Replaces the default list when set (<c>Modular:Portal:RoleAddresses:0</c>, …).</summary>
    public string[]? RoleAddresses { get; set; }

    /// <summary>Replaces the default list when set (<c>Modular:Portal:FreeMailDomains:0</c>, …).</summary>
    public string[]? FreeMailDomains { get; set; }

    IReadOnlyList<string> IPortalSettings.RoleLocalParts => RoleAddresses ?? Domain.Requests.PersonalEmailRule.DefaultRoleLocalParts;

    IReadOnlyList<string> IPortalSettings.FreeMailDomains => FreeMailDomains ?? Domain.Requests.PersonalEmailRule.DefaultFreeMailDomains;

    public int DigestHour { get; set; } = Domain.Documents.DailyDigest.DefaultHour;

    /// <summary>Default: <c>portal</c> inside the blob directory (so shared by every Host as the other blobs are); never a blob id, which is hex.</summary>
    public string? BlobDirectory { get; set; }
}
