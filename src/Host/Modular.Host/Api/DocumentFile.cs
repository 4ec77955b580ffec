using Microsoft.Net.Http.Headers;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>How the Host sends a vault document: an attachment under its name, never cached or sniffed, resumable by ranges.</summary>
internal static class DocumentFile
{
    /// <summary>
    /// Streamed from the blob store; the result answers Range, If-Range and If-None-Match (the ETag
    /// is the content's SHA-256) and disposes the stream.
    /// </summary>
    public static IResult Attachment(DocumentContentDto opened, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(response);
        var document = opened.Document;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(
            opened.Content,
            document.ContentType,
            fileDownloadName: document.Name,
            lastModified: document.UploadedAt,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256}\""),
            enableRangeProcessing: true);
    }
}
