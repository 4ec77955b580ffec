using MediatR;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>
/// Reads a multipart upload part by part and hands each <c>file</c> part's body to the vault as a
/// stream, so no file is ever held whole in memory or spooled to disk by the framework.
/// </summary>
/// <remarks>
/// Files are stored one by one, each in its own transaction, as they arrive: a refusal cannot be
/// known before a file's bytes have been read, and by then the earlier files are stored. So the
/// first refusal ends the request; the documents stored before it stay and are listed in the
/// problem's <c>stored</c>, and the files after it are not read (the client sends them again).
/// </remarks>
internal static class VaultUploads
{
    public const string FilePartName = "file";

    /// <summary>How many files one request may carry; with the per-file limit, it bounds the request's size.</summary>
    public const int MaxFilesPerRequest = 10;

    /// <summary>Room for the multipart boundaries and part headers around the files.</summary>
    private const long EnvelopeBytes = 1024 * 1024;

    public static long MaxRequestBytes(long maxFileBytes) => (maxFileBytes * MaxFilesPerRequest) + EnvelopeBytes;

    public static async Task<IResult> ReceiveAsync(Guid folderId, HttpRequest request, IMediator mediator, CancellationToken cancellationToken)
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
        var stored = new List<DocumentDto>();
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (FilePartOf(section) is not { } disposition)
                {
                    // Other fields are skipped: the reader drains them when it moves on.
                    continue;
                }

                if (!UploadFileName.TryRead(disposition, out var name))
                {
                    return Refused(UploadErrors.MultipartUnreadable, null, stored, StatusCodes.Status400BadRequest);
                }

                // The vault refuses path characters rather than trimming them.
                var fileName = name ?? "";
                if (stored.Count == MaxFilesPerRequest)
                {
                    return Refused(TooManyFiles, fileName, stored);
                }

                var uploaded = await mediator.Send(new UploadDocumentCommand(folderId, fileName, section.Body), cancellationToken);
                if (uploaded.IsFailure)
                {
                    return Refused(uploaded.Error!, fileName, stored);
                }

                stored.Add(uploaded.Value);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            // A broken multipart body (no closing boundary, oversized part headers): the caller's mistake.
            return Refused(UploadErrors.MultipartUnreadable, null, stored, StatusCodes.Status400BadRequest);
        }

        return stored.Count == 0
            ? ApiResults.Problem(UploadErrors.FileMissing, StatusCodes.Status400BadRequest)
            : TypedResults.Created($"/api/v1/vault/folders/{folderId}/documents", new UploadedDocumentsResponse([.. stored.Select(d => d.Id)], stored));
    }

    /// <summary>The request body as OpenAPI shows it: one or more binary parts named <c>file</c>.</summary>
    public static OpenApiRequestBody OpenApiRequestBody() => new()
    {
        Required = true,
        Description = $"One to {MaxFilesPerRequest} files, each in a part named `file` with its file name.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { FilePartName },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [FilePartName] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        },
    };

    private static ContentDispositionHeaderValue? FilePartOf(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
        && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
        && string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FilePartName, StringComparison.Ordinal)
            ? disposition
            : null;

    private static IResult Refused(Error error, string? fileName, List<DocumentDto> stored, int? status = null)
    {
        var refusal = error
            .WithExtension("file", fileName)
            .WithExtension("index", stored.Count)
            .WithExtension("stored", stored.ToArray());
        return status is { } explicitStatus ? ApiResults.Problem(refusal, explicitStatus) : ApiResults.Problem(refusal);
    }




    private static readonly Error TooManyFiles = Error.TooLarge(
        "too-many-files", $"Envoyez au plus {MaxFilesPerRequest} fichiers par requête ; les suivants n'ont pas été lus.")
        .WithArguments(MaxFilesPerRequest)
        .WithExtension("maxFiles", MaxFilesPerRequest);
}
