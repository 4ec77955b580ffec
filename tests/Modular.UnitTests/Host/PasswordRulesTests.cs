using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Modular.Host;
using Modular.Host.Pages;

namespace Modular.UnitTests.Host;

/// <summary>The password rules a person reads are those of the options the password is checked against, in their language.</summary>
public sealed class PasswordRulesTests
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
        .Create(typeof(SharedResource));

    private static readonly PasswordOptions Product = new()
    {
        RequiredLength = 12,
        RequireDigit = true,
        RequireLowercase = true,
        RequireUppercase = true,
        RequireNonAlphanumeric = true,
        RequiredUniqueChars = 5,
    };

    [Theory]
    [InlineData("fr-FR", "Le mot de passe compte au moins 12 caractères, avec une majuscule, une minuscule, un chiffre, un caractère spécial (ni lettre ni chiffre) et 5 caractères différents.")]
    [InlineData("en-GB", "The password has at least 12 characters, with an upper-case letter, a lower-case letter, a digit, a special character (neither a letter nor a digit) and 5 different characters.")]
    public void The_products_rules_are_said_in_full(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => PasswordRules.Describe(Product, Localizer)));

    [Fact]
    public void Only_the_rules_configured_are_said()
    {
        var digitOnly = new PasswordOptions { RequiredLength = 8, RequireDigit = true, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false, RequiredUniqueChars = 1 };
        var lengthOnly = new PasswordOptions { RequiredLength = 1, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false, RequiredUniqueChars = 1 };

        Assert.Equal("Le mot de passe compte au moins 8 caractères, avec un chiffre.", In("fr-FR", () => PasswordRules.Describe(digitOnly, Localizer)));
        Assert.Equal("Le mot de passe compte au moins 1 caractère.", In("fr-FR", () => PasswordRules.Describe(lengthOnly, Localizer)));
        Assert.Equal("The password has at least 1 character.", In("en-GB", () => PasswordRules.Describe(lengthOnly, Localizer)));
    }

    private static string In(string culture, Func<string> read)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
