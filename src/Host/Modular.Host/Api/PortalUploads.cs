using MediatR;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Modular.ClientPortal.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>
/// Reads a publication's multipart body part by part: the fields (<c>line</c>, <c>type</c>,
/// <c>title</c>, <c>documentDate</c>) first, then one part <c>file</c> whose body is handed to the
/// module as a stream, so that the PDF is never held whole in memory. Fields sent after the file
/// are not seen: the module then refuses the missing field, and nothing is stored.
/// </summary>
internal static class PortalUploads
{
    public const string FilePartName = "file";

    /// <summary>Room for the multipart boundaries and the fields around the file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    private const int MaxFieldLength = 1000;

    private static readonly string[] FieldNames = ["line", "type", "title", "documentDate"];

    public static long MaxRequestBytes(long maxFileBytes) => maxFileBytes + EnvelopeBytes;

    public static async Task<IResult> ReceiveAsync(Guid companyId, HttpRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResults.Problem(NotMultipart, StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            return ApiResults.Problem(MultipartUnreadable, StatusCodes.Status400BadRequest);
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
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    var published = await mediator.Send(
                        new PublishPortalDocumentCommand(
                            companyId, fields.GetValueOrDefault("line"), fields.GetValueOrDefault("type"), fields.GetValueOrDefault("title"),
                            fields.GetValueOrDefault("documentDate"), fileName, section.Body),
                        cancellationToken);
                    return published.IsSuccess
                        ? TypedResults.Created($"/api/v1/portal/documents/{published.Value.Id}", published.Value)
                        : ApiResults.Problem(published.Error!);
                }

                if (FieldNames.Contains(name, StringComparer.OrdinalIgnoreCase))
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
            return ApiResults.Problem(MultipartUnreadable, StatusCodes.Status400BadRequest);
        }

        return ApiResults.Problem(FileMissing, StatusCodes.Status400BadRequest);
    }

    /// <summary>The request body as OpenAPI shows it: the four fields, then the PDF.</summary>
    public static OpenApiRequestBody OpenApiRequestBody() => new()
    {
        Required = true,
        Description = "The fields `line`, `type`, `title` and `documentDate`, then one PDF in a part named `file` (fields after the file are not read).",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "line", "type", "title", "documentDate", FilePartName },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["line"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "IJM, LAA or LAAC" },
                        ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "PaymentLetter, BenefitStatement, CoverageLetter, PleaseWaitLetter or CostReimbursement, as the line allows" },
                        ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                        ["documentDate"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                        [FilePartName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    },
                },
            },
        },
    };

    internal static readonly Error NotMultipart = Error.Invalid(
        "upload-not-multipart", "Envoyez le document en multipart/form-data : les champs, puis le PDF dans une partie nommée « file ».");

    internal static readonly Error MultipartUnreadable = Error.Invalid(
        "multipart-unreadable", "Le corps multipart/form-data ne peut être lu : vérifiez la limite (boundary) et la fin du message.");

    internal static readonly Error FileMissing = Error.Invalid(
        "file-missing", "La requête ne contient aucun fichier : envoyez le PDF dans une partie nommée « file ».");
}
