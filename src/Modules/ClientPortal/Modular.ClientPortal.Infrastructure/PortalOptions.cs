using Modular.ClientPortal.Application.Ports;

namespace Modular.ClientPortal.Infrastructure;

/// <summary><c>Modular:Portal</c>: how long documents stay (days), how large a PDF may be, where the PDFs are kept, when the daily emails go.</summary>
internal sealed class PortalOptions : IPortalSettings
{
    public const string SectionName = "Modular:Portal";

    public int RetentionDays { get; set; } = Domain.Documents.Retention.DefaultDays;

    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    public int DigestHour { get; set; } = Domain.Documents.DailyDigest.DefaultHour;

    /// <summary>Default: <c>portal</c> inside the blob directory (so shared by every Host as the other blobs are); never a blob id, which is hex.</summary>
    public string? BlobDirectory { get; set; }
}
