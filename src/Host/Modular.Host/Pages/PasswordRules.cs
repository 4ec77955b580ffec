using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Modular.Host.Pages;

/// <summary>
/// The password rules people read before they choose a password, built from the Identity options
/// the password is then checked against, so that what the page says and what it refuses agree:
/// « Le mot de passe compte au moins 12 caractères, avec une majuscule, … et 5 caractères différents. »
/// </summary>
public static class PasswordRules
{
    public static string Describe(PasswordOptions options, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(localizer);
        var demands = new List<string>();
        if (options.RequireUppercase)
        {
            demands.Add(localizer["Password.Rules.Upper"]);
        }

        if (options.RequireLowercase)
        {
            demands.Add(localizer["Password.Rules.Lower"]);
        }

        if (options.RequireDigit)
        {
            demands.Add(localizer["Password.Rules.Digit"]);
        }

        if (options.RequireNonAlphanumeric)
        {
            demands.Add(localizer["Password.Rules.Symbol"]);
        }

        if (options.RequiredUniqueChars > 1)
        {
            demands.Add(localizer.Count("Password.Rules.Unique", options.RequiredUniqueChars));
        }

        var length = localizer.Count("Password.Rules.Length", options.RequiredLength).Value;
        return demands.Count == 0
            ? localizer["Password.Rules.Only", length]
            : localizer["Password.Rules.With", length, demands.Count == 1 ? demands[0] : localizer["Password.Rules.Last", string.Join(", ", demands.Take(demands.Count - 1)), demands[^1]]];
    }
}
