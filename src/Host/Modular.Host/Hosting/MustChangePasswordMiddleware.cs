using Modular.Identity.Contracts;

namespace Modular.Host.Hosting;

/// <summary>
/// A person signed in with a temporary password sees nothing but the change-password page (and
/// can sign out) until they have chosen their own.
/// </summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    private static readonly PathString[] Allowed =
    [
        "/Identity/Account/ChangePassword",
        "/Identity/Account/Logout",
        "/culture",
        "/lib",
        "/css",
        "/js",
        "/favicon.ico",
        "/health",
        "/api",
        "/connect",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(IdentityClaimTypes.MustChangePassword, "true")
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"/Identity/Account/ChangePassword?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
