namespace Modular.ClientPortal.Application.Ports;

/// <summary><c>Modular:Portal</c>: how long documents stay, how large a PDF may be, and at what hour the daily emails go.</summary>
internal interface IPortalSettings
{
    int RetentionDays { get; }

    long MaxFileBytes { get; }

    /// <summary>The hour (0 to 23, in <c>Modular:TimeZone</c>) of the daily digest and expiry reminders.</summary>
    int DigestHour { get; }
}
