namespace Modular.SharedKernel.Text;

/// <summary>
/// Which form a count takes in each language of the product: French puts 0 and 1 in the singular
/// (« 0 document », « 1 document »), English only 1 ("0 documents", "1 document").
/// </summary>
public static class Plural
{
    /// <summary>Whether <paramref name="count"/> takes the singular in <paramref name="language"/> (a culture name or a language).</summary>
    public static bool IsSingular(long count, string? language) =>
        Languages.Of(language) == Languages.French ? count is >= -1 and <= 1 : count is 1 or -1;

    /// <summary>The form of <paramref name="count"/>: <paramref name="one"/> or <paramref name="other"/>.</summary>
    public static string Of(long count, string? language, string one, string other) => IsSingular(count, language) ? one : other;

    /// <summary>The French form, for the French default messages of errors.</summary>
    public static string French(long count, string one, string other) => Of(count, Languages.French, one, other);
}
