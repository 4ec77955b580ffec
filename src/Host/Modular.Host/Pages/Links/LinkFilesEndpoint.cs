using MediatR;
using Modular.Host.Api;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Links;

/// <summary>The files of an open download session, one by one or as one ZIP, streamed with range support as attachments.</summary>
internal static class LinkFilesEndpoint
{
    public static IEndpointRouteBuilder MapLinkFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/l/{token}/files.zip", async (string token, HttpContext context, IMediator mediator, CancellationToken ct) =>
        {
            var session = Session(context);
            return await SendAsync(context, await mediator.Send(new OpenLinkArchiveQuery(token, session), ct), mediator, token, session, null);
        });
        app.MapGet("/l/{token}/files/{documentId:guid}", async (string token, Guid documentId, HttpContext context, IMediator mediator, CancellationToken ct) =>
        {
            var session = Session(context);
            return await SendAsync(context, await mediator.Send(new OpenLinkDocumentQuery(token, session, documentId), ct), mediator, token, session, documentId);
        });
        return app;
    }

    private static string Session(HttpContext context) => context.Request.Cookies[OpenModel.SessionCookie] ?? "";

    /// <summary>
    /// Without an open session, or once the link is revoked, the visitor goes back to the link's page
    /// (to give the code, or to read that the link was revoked); anything else is not found.
    /// </summary>
    private static async Task<IResult> SendAsync(HttpContext context, Result<DocumentContentDto> opened, IMediator mediator, string token, string session, Guid? documentId)
    {
        if (opened.IsFailure)
        {
            context.Response.Headers.CacheControl = "no-store";
            return opened.Error.Code is VaultErrorCodes.SessionClosed or VaultErrorCodes.LinkRevoked ? Results.Redirect($"/l/{token}") : Results.NotFound();
        }

        await DownloadCompletion.SendAndRecordAsync(context, DocumentFile.Attachment(opened.Value, context.Response), mediator, token, session, documentId);
        return Results.Empty;
    }
}
