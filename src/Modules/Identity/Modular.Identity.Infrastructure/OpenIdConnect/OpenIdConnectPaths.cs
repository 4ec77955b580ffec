namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>Where the OpenID Connect server and the pages it sends people to live.</summary>
internal static class OpenIdConnectPaths
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string UserInfo = "/connect/userinfo";
    public const string EndSession = "/connect/endsession";
    public const string Revocation = "/connect/revoke";
    public const string Introspection = "/connect/introspect";

    public const string Login = "/Identity/Account/Login";
    public const string Logout = "/Identity/Account/Logout";
    public const string AccessDenied = "/Identity/Account/AccessDenied";
    public const string ChangePassword = "/Identity/Account/ChangePassword";
    public const string Consent = "/Identity/Connect/Consent";

    /// <summary>Added by the consent page to the authorize URL it sends the browser back to.</summary>
    public const string ConsentParameter = "modular_consent";

    /// <summary>
    /// Added by the end-session endpoint when it sends the browser to the sign-out page: the page's
    /// form then posts the request's other parameters back to the endpoint.
    /// </summary>
    public const string EndSessionParameter = "modular_end_session";
}
