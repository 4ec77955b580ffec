using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Modular.Host.Pages.Links;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Api;

/// <summary>Body of <c>POST /vault/download-links</c>: the documents (of one folder), an optional code and recipient.</summary>
internal sealed record CreateDownloadLinkRequest(IReadOnlyList<Guid>? DocumentIds, string? Code, string? RecipientEmail);

/// <summary>Body of <c>POST /vault/download-links/{token}/redeem</c>.</summary>
internal sealed record RedeemDownloadLinkRequest(string? Code);

/// <summary>
/// One-time download links: an agent's tool makes them (<c>vault.write</c>) and follows those of a
/// folder (<c>vault.read</c>); whoever holds the link and its code redeems it without an account,
/// then fetches the files with the session token.
/// </summary>
internal static class VaultLinksApi
{
    public const string SessionHeader = "X-Download-Session";
    private const string Tag = "Vault";

    public static RouteGroupBuilder MapVaultLinksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/vault/folders/{id:guid}/download-links", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListFolderLinksQuery(id), ct)))
            .WithTags(Tag)
            .RequireScope(VaultScopes.Read)
            .WithName("ListFolderDownloadLinks")
            .WithSummary("The download links made from a folder, newest first, with their status")
            .WithDescription("`status` is `Active`, `Used`, `Locked`, `Expired` or `Revoked` (with `revokedAt`); a used link whose files were all fetched also has `downloadedAt`; `hasReceipt` says whether a download receipt can be had (a document at least was downloaded: `GET /vault/download-links/{id}/receipt`); `canRevoke` says whether the link can still be revoked (it can still open, or its download session is open now). Another organisation's folder: 404 `folder-not-found`.")
            .Produces<IReadOnlyList<DownloadLinkSummaryDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var links = api.MapGroup("/vault/download-links").WithTags(Tag);

        links.MapPost("/", async (CreateDownloadLinkRequest request, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(
                    new CreateDownloadLinkCommand(request.DocumentIds ?? [], request.Code, request.RecipientEmail, CultureInfo.CurrentUICulture.Name), ct);
                if (created.IsFailure)
                {
                    return ApiResults.Problem(created.Error);
                }

                http.HttpContext.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created(created.Value.Url, created.Value);
            })
            .RequireScope(VaultScopes.Write)
            .WithName("CreateDownloadLink")
            .WithSummary("Makes a one-time download link to documents of one folder, behind a 6-digit code")
            .WithDescription("Without `code`, one is generated and returned (only then). With `recipientEmail`, the link (never the code) is emailed. The link expires after 14 days.")
            .Produces<CreatedDownloadLinkDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        links.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new RevokeDownloadLinkCommand(id), ct)))
            .RequireScope(VaultScopes.Write)
            .WithName("RevokeDownloadLink")
            .WithSummary("Revokes a download link (sent to the wrong person, say)")
            .WithDescription("The link then opens nothing: its page says it was revoked, and redeeming it answers 410 `link-revoked`; a download session open from it ends (its file requests answer 410 `link-revoked`). A link that can no longer be used, or whose session is over, cannot be revoked: 409 `link-not-revocable` with `reason` `used`, `expired`, `locked` or `revoked`. Another organisation's link: 404 `download-link-not-found`.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        links.MapGet("/{id:guid}/receipt", async (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                response.Headers.CacheControl = "no-store";
                return ApiResults.Ok(await mediator.Send(new GetDownloadReceiptQuery(id), ct));
            })
            .RequireScope(VaultScopes.Read)
            .WithName("GetDownloadReceipt")
            .WithSummary("A download receipt of a link whose documents were downloaded, signed by the server")
            .WithDescription("`jws` is a JWS in compact serialization (header `typ` `download-receipt+jwt`, `kid` of the server's token-signing key), which anyone can verify offline with the keys published at `/.well-known/jwks`; `content` is what its payload says (`iss`, `iat`, `link_id`, `organisation_name`, `folder_id`, `recipient_email`, `link_created_at`, `link_used_at`, `downloaded_at`, `revoked_at`, and `files` with `document_id`, `name`, `size`, `sha256`, `fetched`). Each request signs anew. No document downloaded yet: 409 `link-not-downloaded`. Another organisation's link, or one of a folder the caller does not manage: 404 `download-link-not-found`.")
            .Produces<DownloadReceiptDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        links.MapPost("/{token}/redeem", async (string token, RedeemDownloadLinkRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                response.Headers.CacheControl = "no-store";
                return ApiResults.Ok(await mediator.Send(new RedeemDownloadLinkCommand(token, request.Code, response.HttpContext.Connection.RemoteIpAddress?.ToString()), ct));
            })
            .AllowAnonymous()
            .WithName("RedeemDownloadLink")
            .WithSummary("Gives the code of a link: the first right code opens a 30-minute download session")
            .WithDescription($"Wrong code: 403 `code-invalid` with `attemptsLeft`; after 5 wrong codes: 423 `link-locked` (even with the right code); used, expired or revoked: 410 `link-used` / `link-expired` / `link-revoked`; unknown: 404 `link-unknown`; not six digits: 422 `code-malformed`. More than 20 wrong codes, malformed codes or unknown links from one address within 15 minutes: 429 `code-throttled` with `retryAfter` (seconds) and a `Retry-After` header, for every link. Send the session token back as `{SessionHeader}`.")
            .Produces<DownloadSessionDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        links.MapGet("/{token}/files.zip", async (string token, [FromHeader(Name = SessionHeader)] string? session, HttpContext context, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new OpenLinkArchiveQuery(token, session ?? ""), ct);
                return await SendAsync(context, opened, mediator, token, session ?? "", null);
            })
            .AllowAnonymous()
            .WithName("DownloadLinkArchive")
            .WithSummary("All the files of an open download session as one ZIP (ranges supported, same bytes on every request)")
            .WithDescription("A closed session: 403 `download-session-closed`; a revoked link: 410 `link-revoked`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        links.MapGet("/{token}/files/{documentId:guid}", async (string token, Guid documentId, [FromHeader(Name = SessionHeader)] string? session, HttpContext context, IMediator mediator, CancellationToken ct) =>
            {
                var opened = await mediator.Send(new OpenLinkDocumentQuery(token, session ?? "", documentId), ct);
                return await SendAsync(context, opened, mediator, token, session ?? "", documentId);
            })
            .AllowAnonymous()
            .WithName("DownloadLinkFile")
            .WithSummary("One file of an open download session (ranges supported)")
            .WithDescription("A closed session: 403 `download-session-closed`; a revoked link: 410 `link-revoked`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        return api;
    }

    private static async Task<IResult> SendAsync(HttpContext context, Result<DocumentContentDto> opened, IMediator mediator, string token, string session, Guid? documentId)
    {
        if (opened.IsFailure)
        {
            return ApiResults.Problem(opened.Error);
        }

        var file = DocumentFile.Attachment(opened.Value, context.Response);
        await DownloadCompletion.SendAndRecordAsync(context, file, mediator, token, session, documentId);
        return Results.Empty;
    }
}
