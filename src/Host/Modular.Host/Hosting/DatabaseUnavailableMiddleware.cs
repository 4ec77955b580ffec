using System.Net;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Host.Hosting;

/// <summary>
/// A page request that fails because the database cannot be reached gets a 503 page written here,
/// the one place that answers it: the error page cannot, as it would need the database too (the
/// session's check of its account). Its text is in French, then English, as the request's language is not
/// known this early.
/// </summary>
internal sealed class DatabaseUnavailableMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizerFactory localizers)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseErrors.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            var texts = localizers.Create(typeof(SharedResource));
            string Text(string key, string culture)
            {
                var previous = System.Globalization.CultureInfo.CurrentUICulture;
                System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
                try
                {
                    return WebUtility.HtmlEncode(texts[key]);
                }
                finally
                {
                    System.Globalization.CultureInfo.CurrentUICulture = previous;
                }
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\"><link rel=\"stylesheet\" href=\"/css/site.css\">"
                + $"<title>{Text("Error.Unavailable.Title", "fr-FR")}</title></head><body>"
                + $"<main class=\"container py-4\"><h1 class=\"h3\">{Text("Error.Unavailable.Title", "fr-FR")}</h1><p>{Text("Error.Unavailable.Text", "fr-FR")}</p>"
                + $"<div lang=\"en\" class=\"mt-4\"><h2 class=\"h4\">{Text("Error.Unavailable.Title", "en-GB")}</h2><p>{Text("Error.Unavailable.Text", "en-GB")}</p></div></main>"
                + "</body></html>");
        }
    }
}
