namespace Modular.Identity.Application.Consent.GetConsentRequest;

internal static class StandardScopes
{
    public static string Describe(string scope, string culture) => (scope, culture) switch
    {
        ("openid", "en") => "Know who you are",
        ("openid", _) => "Connaître votre identité",
        ("profile", "en") => "Read your name, organisation and roles",
        ("profile", _) => "Lire votre nom, votre organisation et vos rôles",
        ("email", "en") => "Read your email address",
        ("email", _) => "Lire votre adresse e-mail",
        ("offline_access", "en") => "Stay connected when you are away",
        ("offline_access", _) => "Rester connecté en votre absence",
        _ => scope,
    };
}
