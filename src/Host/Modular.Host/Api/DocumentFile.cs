using Microsoft.Net.Http.Headers;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>How the Host sends a document (vault, portal): an attachment under its name, never cached or sniffed, resumable by ranges.</summary>
internal static class DocumentFile
{
    /// <summary>
    /// Streamed from the blob store; the result answers Range, If-Range and If-None-Match (the ETag
    /// is the content's SHA-256) and disposes the stream.
    /// </summary>
    public static IResult Attachment(DocumentContentDto opened, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var document = opened.Document;
        return Attachment(opened.Content, document.ContentType, document.Name, document.UploadedAt, document.Sha256, response);
    }

    /// <summary>The content under <paramref name="name"/>, its ETag the content's SHA-256; the result disposes the stream.</summary>
    public static IResult Attachment(Stream content, string contentType, string name, DateTimeOffset lastModified, string sha256, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(
            content,
            contentType,
            fileDownloadName: name,
            lastModified: lastModified,
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""),
            enableRangeProcessing: true);
    }
}
