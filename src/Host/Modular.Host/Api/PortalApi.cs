using MediatR;
using Microsoft.AspNetCore.Mvc;
using Modular.ClientPortal.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Api;

/// <summary>The body of <c>POST /api/v1/portal/documents/archive</c>: chosen documents, or those leaving the portal soon.</summary>
internal sealed record PortalArchiveRequest(IReadOnlyList<Guid>? DocumentIds, int? ExpiringWithinDays);

/// <summary>
/// The client portal's API. The insurer's systems publish (<c>portal.publish</c>, a client-credentials
/// token of the insurer's organisation); a client user's app reads their company's documents
/// (<c>portal.read</c>, a token of the user, who must have two-factor authentication). Another
/// company's or insurer's ids are not found.
/// </summary>
internal static class PortalApi
{
    private const string Tag = "ClientPortal";

    public static RouteGroupBuilder MapPortalApi(this RouteGroupBuilder api, long maxFileBytes)
    {
        var portal = api.MapGroup("/portal").WithTags(Tag);

        portal.MapGet("/companies", async (string? q, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListClientCompaniesQuery(q), ct)))
            .RequireScope(PortalScopes.Publish)
            .WithName("ListPortalCompanies")
            .WithSummary("The insurer's client companies, by name (`q` matches the name or the UID)")
            .Produces<IReadOnlyList<ClientCompanySummaryDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        portal.MapPost("/companies/{id:guid}/documents", (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                PortalUploads.ReceiveAsync(id, request, mediator, ct))
            .RequireScope(PortalScopes.Publish)
            .WithMetadata(new RequestSizeLimitAttribute(PortalUploads.MaxRequestBytes(maxFileBytes)))
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = PortalUploads.OpenApiRequestBody();
                return Task.CompletedTask;
            })
            .WithName("PublishPortalDocument")
            .WithSummary("Publishes one PDF to a client company")
            .WithDescription("""
                Multipart: the fields `line` (IJM, LAA, LAAC), `type` (one the line allows: IJM PaymentLetter,
                BenefitStatement; LAA CoverageLetter, PleaseWaitLetter, BenefitStatement, CostReimbursement;
                LAAC CoverageLetter, BenefitStatement, CostReimbursement), `title` and `documentDate`
                (YYYY-MM-DD), then the PDF in a part named `file`. The PDF's text is read for search; a PDF
                with no text (a scan) is published with `textStatus` `NoText`. Refusals, nothing stored:
                422 `line-invalid`, `document-type-not-in-line`, `document-title-invalid`,
                `document-date-invalid`, `pdf-empty`, `not-pdf` (not a PDF by its first bytes),
                `pdf-encrypted` (needs a password); 413 `pdf-too-large`; 404 `company-not-found`
                (another insurer's company too); 403 `not-insurer`.
                """)
            .Produces<PortalDocumentDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portal.MapGet("/documents", async (string? line, string? type, string? q, DateOnly? from, DateOnly? to, int? year, int? expiringWithinDays, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListPortalDocumentsQuery(line, type, year, from, to, q, page ?? 1, pageSize ?? 20, expiringWithinDays), ct)))
            .RequireScope(PortalScopes.Read)
            .WithName("ListPortalDocuments")
            .WithSummary("The documents of the caller's company, newest first")
            .WithDescription("""
                Filters: `line` (IJM, LAA, LAAC), `type`, `year` or `from`/`to` (document dates, YYYY-MM-DD),
                `expiringWithinDays`; `q` searches the title, the type and the PDF's text, without regard
                to case or accents, every word also as the start of a longer one (quotes, `*` or operators
                are plain text). Each item says whether the caller has downloaded it (`isNew`), the days
                before it is deleted (`daysLeft`), and with `q` the title and an excerpt cut into
                segments, the words found marked `isMatch`. 403 `not-client-user`, `mfa-required`.
                """)
            .Produces<PagedList<PortalDocumentItemDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        portal.MapGet("/documents/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetPortalDocumentQuery(id), ct)))
            .RequireScope(PortalScopes.Read)
            .WithName("GetPortalDocument")
            .WithSummary("One document of the caller's company")
            .WithDescription("404 `portal-document-not-found` (another company's too); 410 `portal-document-expired` once deleted at the end of its retention.")
            .Produces<PortalDocumentItemDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        portal.MapGet("/documents/{id:guid}/content", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new DownloadPortalDocumentCommand(id), ct);
                return opened.IsSuccess ? DocumentFile.Attachment(opened.Value.Content, "application/pdf", opened.Value.Document.FileName, opened.Value.Document.PublishedAt, opened.Value.Document.Sha256, response) : ApiResults.Problem(opened.Error!);
            })
            .RequireScope(PortalScopes.Read)
            .WithName("DownloadPortalDocument")
            .WithSummary("A document's PDF, as an attachment; each download is recorded (read receipt)")
            .WithDescription("The `ETag` is the PDF's SHA-256. `Range` gives 206 (416 when unsatisfiable); `If-None-Match` gives 304. 404 `portal-document-not-found`; 410 `portal-document-expired`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/pdf")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .Produces(StatusCodes.Status416RangeNotSatisfiable);

        portal.MapPost("/documents/archive", async (PortalArchiveRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var archive = await mediator.Send(new DownloadPortalArchiveCommand(request.DocumentIds, request.ExpiringWithinDays), ct);
                return archive.IsSuccess ? new PortalArchiveFile(archive.Value) : ApiResults.Problem(archive.Error!);
            })
            .RequireScope(PortalScopes.Read)
            .WithName("DownloadPortalArchive")
            .WithSummary("Several documents of the caller's company in one ZIP; each is recorded as downloaded (read receipt)")
            .WithDescription($"""
                JSON: `documentIds` (1 to {DownloadPortalArchiveCommand.MaxDocuments} ids, each once; a repeated id counts once), or
                `expiringWithinDays` (1 to {DownloadPortalArchiveCommand.MaxExpiringWithinDays}: every document deleted from the portal
                within that many days, at most {DownloadPortalArchiveCommand.MaxExpiringDocuments}), not both. The ZIP is streamed
                (chunked, no length in advance); one entry per document, stored uncompressed, named by its `fileName`, numbered
                when two share one (`lettre.pdf`, `lettre (2).pdf`), in the order asked (expiring ones: newest first). Refusals,
                nothing recorded: 422 `portal-archive-empty` (no id; or nothing expires within the days), `portal-archive-too-many`,
                `portal-archive-request-invalid` (both fields, or days out of range); 404 `portal-document-not-found` when any id
                is not the company's; 410 `portal-document-expired` when any document was deleted at the end of its retention;
                403 `not-client-user`, `mfa-required`.
                """)
            .Produces(StatusCodes.Status200OK, contentType: PortalArchiveFile.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return api;
    }
}
