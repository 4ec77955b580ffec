using MediatR;
using Modular.Delegation.Contracts;
using Modular.SharedKernel.Delegation;

namespace Modular.Host.Api;

/// <summary>The body of <c>POST /api/v1/delegation/mandate-requests</c>: the mandator's part, signed.</summary>
internal sealed record MandateRequestBody(
    string? ServiceCode, StaffCategory Category, string? MandataryName, string? LinkEmail, string? MandatorEmail, DateOnly? EndsOn, SignatureUpload? Signature);

/// <summary>The body of <c>POST /api/v1/delegation/mandate-requests/{id}/signature</c>: the <c>.p7s</c>, base64.</summary>
internal sealed record DigitalSignatureBody(byte[]? Content);

/// <summary>The body of <c>POST /api/v1/delegation/mandates/{id}/renew</c>.</summary>
internal sealed record RenewBody(DateOnly? EndsOn);

/// <summary>
/// Mandates through the API (scope <c>delegation</c>): one's mandates given and received and one's
/// requests, a new request (the mandator's part, signed with an image or digitally), its withdrawal, and the
/// revocation of a mandate by either party. Another's request or mandate is not found.
/// </summary>
internal static class DelegationApi
{
    private const string Tag = "Delegation";

    public static RouteGroupBuilder MapDelegationApi(this RouteGroupBuilder api)
    {
        var delegation = api.MapGroup("/delegation").RequireScope(DelegationScopes.Delegation).WithTags(Tag);

        delegation.MapGet("/mandates", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new ListMyMandatesQuery(), ct)))
            .WithName("ListMyMandates")
            .WithSummary("« Mes mandats »: the mandates the caller gave and received, and their requests not yet approved")
            .Produces<MyMandatesDto>();

        delegation.MapPost("/mandate-requests", async (MandateRequestBody body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Created(
                    await mediator.Send(new StartMandateRequestCommand(body.ServiceCode, body.Category, body.MandataryName, body.LinkEmail, body.MandatorEmail, body.EndsOn, body.Signature), ct),
                    r => $"/api/v1/delegation/mandate-requests/{r.Id}"))
            .WithName("StartMandateRequest")
            .WithSummary("The mandator's part of a mandate request, signed: the mandatary is emailed the link to their « section Utilisateur »")
            .WithDescription("""
                JSON: `serviceCode` (`vault`, `sharing.case-files`, `portfolio`, `portal.publishing`), `category`
                (`Administrative`, `Professional`, `InHouseBilling`), `mandataryName`, `linkEmail` (where the mandatary's
                link goes), `mandatorEmail` (the caller's own address: it will receive the username), `endsOn`
                (`YYYY-MM-DD`, after today and within a year), `signature` (`form`: `Drawn` or `Scanned`; `content`: the
                PNG or JPEG, base64; or `form`: `Digital` without content: the request then waits, state
                `AwaitingMandatorSignature`, for the `.p7s` of its PDF, see `document-to-sign` and `signature`). Every refused field at once: 422 `validation-failed` with `errors` per field
                (`mandate-email-invalid`, `mandate-email-shared`, `mandate-emails-identical`, `mandate-email-taken`,
                `service-unknown`, `service-not-for-category`, `mandatary-name-invalid`, `mandate-end-invalid`,
                `signature-required`, `signature-digital-no-document` for a digital signature sent with content), or that one code alone; 422 `signature-image-invalid`; 413 `signature-too-large`;
                409 `mandate-already-requested` (one request per mandatary and per service). Agents only (403 `role-required`).
                """)
            .Produces<MandateRequestDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        delegation.MapGet("/mandate-requests/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetMandateRequestQuery(id), ct)))
            .WithName("GetMandateRequest")
            .WithSummary("One of the caller's requests and where it stands; 404 `mandate-request-not-found` for another's")
            .Produces<MandateRequestDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        delegation.MapGet("/mandate-requests/{id:guid}/form", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var form = await mediator.Send(new GetMandateFormQuery(id), ct);
                return form.IsSuccess ? Results.File(form.Value.Content, "application/pdf", form.Value.FileName) : ApiResults.Problem(form.Error!);
            })
            .WithName("GetMandateForm")
            .WithSummary("« Un fichier par formulaire »: the request's PDF, both parts and both signatures, in the caller's language")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        delegation.MapGet("/mandate-requests/{id:guid}/document-to-sign", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var document = await mediator.Send(new GetDocumentToSignQuery(id), ct);
                return document.IsSuccess ? Results.File(document.Value.Content, "application/pdf", document.Value.FileName) : ApiResults.Problem(document.Error!);
            })
            .WithName("GetDocumentToSign")
            .WithSummary("The PDF the caller is to sign digitally, exactly as kept: their `.p7s` must sign these bytes")
            .WithDescription("Only while the request is `AwaitingMandatorSignature`: 409 `mandator-part-signed` afterwards, 410 `mandate-request-expired` past 30 days, 404 for another's request.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);

        delegation.MapPost("/mandate-requests/{id:guid}/signature", async (Guid id, DigitalSignatureBody body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new SignMandatorPartCommand(id, body.Content), ct)))
            .WithName("SignMandatorPart")
            .WithSummary("The mandator's digital signature (`{ content: \"<.p7s, base64>\" }`): a detached CMS signature of `document-to-sign`; verified, the mandatary is emailed their link")
            .WithDescription("""
                422 `signature-digital-required` (no content), `signature-digital-invalid` (another document, a tampered or
                unreadable file, more than one signer), `signature-certificate-expired` (the certificate is not valid today);
                409 `mandator-part-signed` (signed already) or `mandate-request-closed` (withdrawn); 410 `mandate-request-expired`;
                404 for another's request. Nothing is kept from a refused signature.
                """)
            .Produces<MandateRequestDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        delegation.MapDelete("/mandate-requests/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.NoContent(await mediator.Send(new CancelMandateRequestCommand(id), ct)))
            .WithName("CancelMandateRequest")
            .WithSummary("Withdraws one of the caller's requests not yet decided; 409 `mandate-request-closed` once decided, expired or withdrawn")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        delegation.MapPost("/mandates/{id:guid}/renew", async (Guid id, RenewBody body, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new RenewMandateCommand(id, body.EndsOn), ct)))
            .WithName("RenewMandate")
            .WithSummary("The mandator gives a mandate in force a later last day (`{ endsOn: \"YYYY-MM-DD\" }`, within a year); both parties are emailed")
            .WithDescription("422 `mandate-renewal-invalid` (not after the current end, or past a year); 404 `mandate-not-found` for anyone but its mandator; 409 `mandate-not-active`.")
            .Produces<MandateDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        delegation.MapPost("/mandates/{id:guid}/revoke", async (Guid id, IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new RevokeMandateCommand(id), ct)))
            .WithName("RevokeMandate")
            .WithSummary("Ends a mandate now, by its mandator or its mandatary: acting for the mandator stops with the next request")
            .WithDescription("Both parties are emailed. 404 `mandate-not-found` for a mandate that is not the caller's; 409 `mandate-not-active` once revoked or ended.")
            .Produces<MandateDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return delegation;
    }
}
