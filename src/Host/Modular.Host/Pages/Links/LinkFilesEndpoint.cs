using MediatR;
using Microsoft.Net.Http.Headers;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Links;

/// <summary>One file of an open download session, streamed with range support as an attachment.</summary>
internal static class LinkFilesEndpoint
{
    public static IEndpointRouteBuilder MapLinkFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/l/{token}/files/{documentId:guid}", async (string token, Guid documentId, HttpContext context, IMediator mediator, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var session = context.Request.Cookies[OpenModel.SessionCookie] ?? "";
            var opened = await mediator.Send(new OpenLinkDocumentQuery(token, session, documentId), ct);
            if (opened.IsFailure)
            {
                return opened.Error.Code == VaultErrorCodes.SessionClosed ? Results.Redirect($"/l/{token}") : Results.NotFound();
            }

            var document = opened.Value.Document;
            return Results.File(
                opened.Value.Content,
                document.ContentType,
                document.Name,
                lastModified: document.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""),
                enableRangeProcessing: true);
        });
        return app;
    }
}
