using MediatR;
using Microsoft.Net.Http.Headers;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Links;

/// <summary>The files of an open download session, one by one or as one ZIP, streamed with range support as attachments.</summary>
internal static class LinkFilesEndpoint
{
    public static IEndpointRouteBuilder MapLinkFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/l/{token}/files.zip", async (string token, HttpContext context, IMediator mediator, CancellationToken ct) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var session = context.Request.Cookies[OpenModel.SessionCookie] ?? "";
            var opened = await mediator.Send(new OpenLinkArchiveQuery(token, session), ct);
            if (opened.IsFailure)
            {
                return opened.Error.Code == VaultErrorCodes.SessionClosed ? Results.Redirect($"/l/{token}") : Results.NotFound();
            }

            var archive = opened.Value.Document;
            var file = Results.File(
                opened.Value.Content,
                archive.ContentType,
                archive.Name,
                lastModified: archive.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{archive.Sha256}\""),
                enableRangeProcessing: true);
            await DownloadCompletion.SendAndRecordAsync(context, file, mediator, token, session, null);
            return Results.Empty;
        });
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
            var file = Results.File(
                opened.Value.Content,
                document.ContentType,
                document.Name,
                lastModified: document.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""),
                enableRangeProcessing: true);
            await DownloadCompletion.SendAndRecordAsync(context, file, mediator, token, session, documentId);
            return Results.Empty;
        });
        return app;
    }
}
