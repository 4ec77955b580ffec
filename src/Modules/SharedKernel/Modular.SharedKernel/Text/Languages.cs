namespace Modular.SharedKernel.Text;

/// <summary>The two languages of the product: French first, English second.</summary>
public static class Languages
{
    public const string French = "fr";
    public const string English = "en";

    /// <summary>"en" for any English culture name ("en", "en-GB"…), "fr" for anything else.</summary>
    public static string Of(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : French;

    /// <summary>Whether <paramref name="value"/> is exactly one of the product's languages.</summary>
    public static bool IsSupported(string? value) => value is French or English;
}
