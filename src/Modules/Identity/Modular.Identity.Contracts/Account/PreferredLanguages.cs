namespace Modular.Identity.Contracts.Account;

/// <summary>
/// The languages an account may prefer: every page and email exists in both. The code is the
/// two-letter ISO 639-1 name ("fr", "en"), as stored and as other modules read it.
/// </summary>
public static class PreferredLanguages
{
    public const string French = "fr";
    public const string English = "en";

    /// <summary>What a new account gets unless it says otherwise.</summary>
    public const string Default = French;

    public static readonly IReadOnlyList<string> All = [French, English];

    /// <summary>True for "fr" and "en" exactly; anything else (another language, "FR", "fr-FR", a forged value) is not a preference we keep.</summary>
    public static bool IsSupported(string? language) => language is French or English;
}
