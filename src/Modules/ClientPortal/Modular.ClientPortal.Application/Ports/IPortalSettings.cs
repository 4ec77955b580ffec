namespace Modular.ClientPortal.Application.Ports;

/// <summary><c>Modular:Portal</c>: how long documents stay, how large a PDF may be, who may ask for access, and at what hour the daily emails go.</summary>
internal interface IPortalSettings
{
    int RetentionDays { get; }

    long MaxFileBytes { get; }

    /// <summary>The premium volume, in francs, from which a company may have the portal.</summary>
    decimal MinimumPremiumVolume { get; }

    /// <summary>Local parts of role addresses refused for a person (info, contact, rh…).</summary>
    IReadOnlyList<string> RoleLocalParts { get; }

    /// <summary>Free-mail domains refused for a person (gmail.com, bluewin.ch…).</summary>
    IReadOnlyList<string> FreeMailDomains { get; }

    /// <summary>The hour (0 to 23, in <c>Modular:TimeZone</c>) of the daily digest and expiry reminders.</summary>
    int DigestHour { get; }
}
