using MediatR;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Hosting;

internal static class CultureEndpoint
{
    /// <summary>
    /// Remembers the chosen language for a year, on the account too when the person is signed in,
    /// and goes back to the page the person was on. A language we do not offer changes nothing.
    /// </summary>
    public static async Task<IResult> Switch(
        HttpContext context,
        IMediator mediator,
        [Microsoft.AspNetCore.Mvc.FromForm] string culture,
        [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl,
        CancellationToken cancellationToken)
    {
        if (CultureConfiguration.Find(culture) is { } chosen)
        {
            CultureCookie.Append(context, chosen);
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await mediator.Send(new SetPreferredLanguageCommand(chosen.TwoLetterISOLanguageName), cancellationToken);
            }
        }

        // Only a path of this site; a tab or a newline in it ("/\t/evil.test") could be read by a
        // browser as another site, and makes LocalRedirect throw: back to the home page instead.
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? returnUrl
            : "/";
        return Results.LocalRedirect(target);
    }
}
