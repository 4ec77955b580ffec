using MediatR;
using Microsoft.Net.Http.Headers;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Links;

/// <summary>
/// Sends a file of a download session, then, when the response went out in full (no range, or a
/// range reaching the last byte) and the client did not go away, records it on the link.
/// </summary>
internal static class DownloadCompletion
{
    public static async Task SendAndRecordAsync(HttpContext context, IResult file, IMediator mediator, string token, string session, Guid? documentId)
    {
        await file.ExecuteAsync(context);
        if (context.RequestAborted.IsCancellationRequested || !ReachedEnd(context.Response))
        {
            return;
        }

        await context.Response.CompleteAsync();
        if (!context.RequestAborted.IsCancellationRequested)
        {
            await mediator.Send(new RecordLinkDownloadCommand(token, session, documentId), CancellationToken.None);
        }
    }

    private static bool ReachedEnd(HttpResponse response)
    {
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            return true;
        }

        return response.StatusCode == StatusCodes.Status206PartialContent
            && ContentRangeHeaderValue.TryParse(response.Headers.ContentRange.ToString(), out var range)
            && range is { To: { } to, Length: { } length }
            && to == length - 1;
    }
}
