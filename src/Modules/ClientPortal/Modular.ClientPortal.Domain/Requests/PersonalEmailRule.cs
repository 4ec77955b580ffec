using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Requests;

/// <summary>
/// « Une adresse électronique personnelle est nécessaire pour l'inscription »: an address is refused
/// when its local part is a role (info, contact, rh, …, compared without case, spaces or a
/// <c>+tag</c>) or its domain a free-mail provider (gmail.com, bluewin.ch, …, and their
/// sub-domains). Both lists come from configuration.
/// </summary>
internal sealed class PersonalEmailRule(IEnumerable<string> roleLocalParts, IEnumerable<string> freeMailDomains)
{
    public static readonly IReadOnlyList<string> DefaultRoleLocalParts =
    [
        "info", "contact", "admin", "administration", "office", "bureau", "hr", "rh", "personnel", "compta", "comptabilite",
        "accounting", "finance", "secretariat", "sekretariat", "reception", "accueil", "mail", "email", "hello", "bonjour",
        "team", "equipe", "support", "service", "sales", "vente", "direction", "postmaster", "webmaster", "noreply", "no-reply",
    ];

    public static readonly IReadOnlyList<string> DefaultFreeMailDomains =
    [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.ch", "hotmail.fr", "outlook.com", "outlook.fr", "live.com", "live.fr",
        "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "bluewin.ch", "gmx.ch", "gmx.net", "gmx.de", "gmx.fr", "icloud.com",
        "me.com", "aol.com", "proton.me", "protonmail.com", "orange.fr", "wanadoo.fr", "free.fr", "sunrise.ch", "hispeed.ch", "netplus.ch",
    ];

    private readonly HashSet<string> _roles = new(roleLocalParts.Select(Fold), StringComparer.Ordinal);
    private readonly HashSet<string> _domains = new(freeMailDomains.Select(d => d.Trim().ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>The address, trimmed and lower-cased, when it is a personal one.</summary>
    public Result<string> Check(string? email, string field = "Email")
    {
        if (EmailAddress.TryParse(email?.Trim()) is not { } address)
        {
            return PortalErrors.EmailInvalid(field);
        }

        var value = address.Value.ToLowerInvariant();
        var at = value.LastIndexOf('@');
        var local = Fold(value[..at]);
        var domain = value[(at + 1)..];
        if (_roles.Contains(local) || _domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal)))
        {
            return PortalErrors.EmailNotPersonal(field);
        }

        return value;
    }

    /// <summary>The local part as the rule compares it: no <c>+tag</c>, no dots, dashes or underscores, lower case.</summary>
    private static string Fold(string local)
    {
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        var untagged = plus >= 0 ? local[..plus] : local;
        return SearchText.Fold(untagged).Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
    }
}
