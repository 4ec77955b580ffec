using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>
/// Reads a multipart body part by part: the named fields first (each cut at 1,000 characters), then
/// one part <c>file</c> whose body is handed on as a stream, so that the file is never held whole in
/// memory. Anything but multipart is 415 <c>upload-not-multipart</c>, a broken body 400
/// <c>multipart-unreadable</c>, no <c>file</c> part 400 <c>file-missing</c>.
/// </summary>
internal static class SingleFileUpload
{
    public const string FilePartName = "file";

    /// <summary>Room for the multipart boundaries and the fields around the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    private const int MaxFieldLength = 1000;

    /// <param name="onFile">Given the fields read before the file, the file's name and its body; its result is the answer.</param>
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, IReadOnlyCollection<string> fieldNames, Func<IReadOnlyDictionary<string, string>, string?, Stream, Task<IResult>> onFile,
        CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResults.Problem(UploadErrors.NotMultipart, StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return ApiResults.Problem(UploadErrors.MultipartUnreadable, StatusCodes.Status400BadRequest);
        }

        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    continue;
                }

                if (string.Equals(name, FilePartName, StringComparison.Ordinal))
                {
                    return UploadFileName.TryRead(disposition, out var fileName)
                        ? await onFile(fields, fileName, section.Body)
                        : ApiResults.Problem(UploadErrors.MultipartUnreadable, StatusCodes.Status400BadRequest);
                }

                if (fieldNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    using var text = new StreamReader(section.Body);
                    var buffer = new char[MaxFieldLength + 1];
                    var read = await text.ReadBlockAsync(buffer, cancellationToken);
                    fields[name] = new string(buffer, 0, Math.Min(read, MaxFieldLength));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            return ApiResults.Problem(UploadErrors.MultipartUnreadable, StatusCodes.Status400BadRequest);
        }

        return ApiResults.Problem(UploadErrors.FileMissing, StatusCodes.Status400BadRequest);
    }
}
