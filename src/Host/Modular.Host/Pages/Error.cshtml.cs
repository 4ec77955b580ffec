using System.Diagnostics;
using MediatR;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Modular.Host.Pages;

/// <summary>The friendly page for 404, 403, 500 and other statuses, in the person's language.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string? RequestId { get; private set; }

    /// <summary>An OpenID Connect error the server could not send back to the app (bad redirect, bad request).</summary>
    public string? ProtocolError { get; private set; }

    public string? ProtocolErrorDescription { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // After an exception, the handler has already chosen the status (a form that cannot be read is a 400).
        var status = code ?? (Response.StatusCode >= StatusCodes.Status400BadRequest ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        var key = status switch
        {
            503 => "Unavailable",
            404 => "NotFound",
            403 => "Forbidden",
            429 => "TooManyRequests",
            >= 400 and < 500 => "BadRequest",
            _ => "ServerError",
        };
        Title = L[$"Error.{key}.Title"];
        Text = L[$"Error.{key}.Text"];
        if (HttpContext.GetOpenIddictServerResponse() is { Error: { } error } response)
        {
            ProtocolError = error;
            ProtocolErrorDescription = response.ErrorDescription;
        }

        RequestId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        if (code is null)
        {
            Response.StatusCode = status;
        }
    }
}
