namespace Modular.ClientPortal.Application.Ports;

/// <summary><c>Modular:Portal</c>: how long documents stay, and how large a PDF may be.</summary>
internal interface IPortalSettings
{
    int RetentionDays { get; }

    long MaxFileBytes { get; }
}
