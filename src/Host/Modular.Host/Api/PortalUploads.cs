using MediatR;
using Microsoft.OpenApi;
using Modular.ClientPortal.Contracts;

namespace Modular.Host.Api;

/// <summary>
/// A publication's multipart body (<see cref="SingleFileUpload"/>): the fields (<c>line</c>,
/// <c>type</c>, <c>title</c>, <c>documentDate</c>) first, then the PDF in the part <c>file</c>.
/// Fields sent after the file are not seen: the module then refuses the missing field, and nothing
/// is stored.
/// </summary>
internal static class PortalUploads
{
    private const string FilePartName = SingleFileUpload.FilePartName;

    private static readonly string[] FieldNames = ["line", "type", "title", "documentDate"];

    public static long MaxRequestBytes(long maxFileBytes) => maxFileBytes + SingleFileUpload.EnvelopeBytes;

    public static Task<IResult> ReceiveAsync(Guid companyId, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        SingleFileUpload.ReceiveAsync(request, FieldNames, async (fields, fileName, content) =>
        {
            var published = await mediator.Send(
                new PublishPortalDocumentCommand(
                    companyId, fields.GetValueOrDefault("line"), fields.GetValueOrDefault("type"), fields.GetValueOrDefault("title"),
                    fields.GetValueOrDefault("documentDate"), fileName, content),
                cancellationToken);
            return published.IsSuccess
                ? TypedResults.Created($"/api/v1/portal/documents/{published.Value.Id}", published.Value)
                : ApiResults.Problem(published.Error!);
        }, cancellationToken);

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
}
