using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Api;

/// <summary>Body of <c>POST /cases</c>: the id of the case file created.</summary>
internal sealed record CreatedCaseFileResponse(Guid Id);

/// <summary>Body of <c>PUT /cases/{id}</c>: the revision the edit is based on (or <c>If-Match</c>) and the new content.</summary>
internal sealed record UpdateCaseFileRequest(int? Revision, CaseFileContentDto? Content);

/// <summary>Body of <c>POST /cases/{id}/restore</c>: the restore point to bring back.</summary>
internal sealed record RestoreCaseFileRequest(Guid RestorePointId);

/// <summary>A case file's id and its revision after a change (also sent as the <c>ETag</c>).</summary>
internal sealed record CaseFileRevisionResponse(Guid Id, int Revision);

/// <summary>Body of <c>POST /imports</c>: the key as pasted, and whether an existing copy may be overwritten.</summary>
internal sealed record ImportSharedCaseFileRequest(string? Key, bool ConfirmOverwrite);

/// <summary>
/// "Mes dossiers", share keys and imports for an agent's own tools, with a person's token and the
/// scope <c>sharing</c>. Ownership is checked by the handlers: another person's ids are not found.
/// </summary>
internal static class SharingApi
{
    private const string Tag = "Sharing";
    private const string CasesPath = "/api/v1/sharing/cases/";

    public static RouteGroupBuilder MapSharingApi(this RouteGroupBuilder api)
    {
        var sharing = api.MapGroup("/sharing").RequireScope(SharingScopes.Sharing).WithTags(Tag);

        sharing.MapGet("/cases", async (string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListMyCaseFilesQuery(search, page ?? 1, pageSize ?? 20), ct)))
            .WithName("ListMyCaseFiles")
            .WithSummary("The caller's case files, newest first")
            .WithDescription("`search` matches the client's name (case and accents ignored); `pageSize` is at most 100.")
            .Produces<PagedList<CaseFileSummaryDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        sharing.MapPost("/cases", async (CaseFileContentDto content, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateCaseFileCommand(content), ct);
                return ApiResults.Created(created.Map(id => new CreatedCaseFileResponse(id)), c => CasesPath + c.Id);
            })
            .WithName("CreateCaseFile")
            .WithSummary("Creates a case file")
            .Produces<CreatedCaseFileResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        sharing.MapGet("/cases/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var caseFile = await mediator.Send(new GetCaseFileQuery(id), ct);
                return caseFile.IsSuccess ? WithETag(TypedResults.Ok(caseFile.Value), caseFile.Value.Revision) : ApiResults.Problem(caseFile.Error);
            })
            .WithName("GetCaseFile")
            .WithSummary("One of the caller's case files, with its history and restore points")
            .WithDescription("The `ETag` is the revision, to send back as `If-Match` (or `revision`) when saving.")
            .Produces<CaseFileDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sharing.MapPut("/cases/{id:guid}", async (Guid id, UpdateCaseFileRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken ct) =>
            {
                var fromHeader = ifMatch is not null;
                if ((fromHeader ? RevisionOf(ifMatch) : request.Revision) is not { } revision)
                {
                    return ApiResults.Problem(fromHeader ? ETagUnreadable : RevisionRequired);
                }

                var saved = await mediator.Send(new UpdateCaseFileCommand(id, revision, request.Content!), ct);
                return saved.IsSuccess ? Revised(id, saved.Value)
                    // A stale If-Match is a failed precondition to HTTP; the problem is the same.
                    : fromHeader && saved.Error.Code == SharingErrorCodes.CaseModified ? ApiResults.Problem(saved.Error, StatusCodes.Status412PreconditionFailed)
                    : ApiResults.Problem(saved.Error);
            })
            .WithName("UpdateCaseFile")
            .WithSummary("Saves a new version of a case file")
            .WithDescription("Refused with `case-modified` when the case file changed since `revision` was read: 409, or 412 when the revision came as `If-Match`.")
            .Produces<CaseFileRevisionResponse>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        sharing.MapDelete("/cases/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new DeleteCaseFileCommand(id), ct)))
            .WithName("DeleteCaseFile")
            .WithSummary("Deletes a case file")
            .WithDescription("Keys already issued for it still import the snapshot they were issued for.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sharing.MapPost("/cases/{id:guid}/restore", async (Guid id, RestoreCaseFileRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var restored = await mediator.Send(new RestoreCaseFileCommand(id, request.RestorePointId), ct);
                return restored.IsSuccess ? Revised(id, restored.Value) : ApiResults.Problem(restored.Error);
            })
            .WithName("RestoreCaseFile")
            .WithSummary("Brings back a version erased by an import")
            .WithDescription("The current version becomes a restore point in turn.")
            .Produces<CaseFileRevisionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        sharing.MapPost("/cases/{id:guid}/share-keys", async (Guid id, HttpContext context, IMediator mediator, CancellationToken ct) =>
            {
                var issued = await mediator.Send(new IssueShareKeyCommand(id), ct);
                if (issued.IsSuccess)
                {
                    // The key exists in clear only in this answer.
                    context.Response.Headers.CacheControl = "no-store";
                }

                return ApiResults.Created(issued, _ => null);
            })
            .WithName("IssueShareKey")
            .WithSummary("Shares a case file: a single-use key to a snapshot of it, valid 30 days")
            .WithDescription("The key is in this answer only; the issuer's list of keys never shows it again.")
            .Produces<IssuedShareKeyDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);

        sharing.MapGet("/share-keys", async (string? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var wanted = status is null ? null : ParseStatus(status);
                return status is not null && wanted is null
                    ? ApiResults.Problem(StatusUnknown)
                    : ApiResults.Ok(await mediator.Send(new ListMyShareKeysQuery(wanted, page ?? 1, pageSize ?? 20), ct));
            })
            .WithName("ListMyShareKeys")
            .WithSummary("The keys the caller issued, newest first")
            .WithDescription("`status` is one of Pending, Used, Expired, Revoked.")
            .Produces<PagedList<ShareKeyDto>>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        sharing.MapDelete("/share-keys/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new RevokeShareKeyCommand(id), ct)))
            .WithName("RevokeShareKey")
            .WithSummary("Revokes a key not used yet")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sharing.MapPost("/imports", async (ImportSharedCaseFileRequest request, HttpContext context, IMediator mediator, CancellationToken ct) =>
                ApiResults.Created(
                    await mediator.Send(new ImportSharedCaseFileCommand(request.Key ?? "", request.ConfirmOverwrite, context.Connection.RemoteIpAddress?.ToString()), ct),
                    imported => CasesPath + imported.CaseFileId))
            .WithName("ImportSharedCaseFile")
            .WithSummary("Imports a shared case file with its key")
            .WithDescription("""
                Case, spaces, line breaks and dashes in the key do not matter. When the caller already has this
                file, 409 `case-exists` lists in `erased` what an overwrite would lose; send `confirmOverwrite: true`
                to overwrite (the erased version is kept as a restore point). Malformed and unknown keys are counted:
                after 10 within 30 minutes, per person and per address, imports answer 429 with `Retry-After`.
                """)
            .Produces<ImportedCaseFileDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return api;
    }

    private static readonly Error RevisionRequired = Error.Invalid("revision-required", "Indiquez la révision du dossier sur laquelle portent vos changements (champ revision ou en-tête If-Match).");

    private static readonly Error ETagUnreadable = Error.Invalid("etag-unreadable", "L'en-tête If-Match doit reprendre l'ETag reçu avec le dossier, par exemple \"3\".");

    private static readonly Error StatusUnknown = Error.Invalid("status-unknown", "Le statut est l'un de : Pending, Used, Expired, Revoked.");

    private static IResult Revised(Guid id, int revision) => WithETag(TypedResults.Ok(new CaseFileRevisionResponse(id, revision)), revision);

    /// <summary>The strong ETag of a revision: <c>"3"</c>.</summary>
    private static IResult WithETag(IResult result, int revision) => ApiResults.WithHeader(result, "ETag", $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"");

    private static int? RevisionOf(string? ifMatch) =>
        ifMatch is { Length: > 2 } tag && tag[0] == '"' && tag[^1] == '"' && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : null;

    private static ShareKeyStatus? ParseStatus(string status) =>
        Enum.GetNames<ShareKeyStatus>().FirstOrDefault(name => string.Equals(name, status.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ShareKeyStatus>(name)
            : null;
}
