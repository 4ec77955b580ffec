using System.Globalization;
using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.StartMandateRequest;

/// <summary>
/// The mandator's part, signed. Every field is checked before the signature is kept; the request
/// and the email of the mandatary's link are saved together. A mandator who signs digitally gets
/// the form's PDF to sign instead: the link goes out with their <c>.p7s</c> (SignMandatorPart).
/// </summary>
internal sealed class StartMandateRequestCommandHandler(
    IDelegationRepository repository, ICurrentUser user, IMediator mediator, DelegableServices services, MandateEmailChecks emails, PendingMandates pending,
    SignatureStore signatures, FormDocuments documents, MandataryInvitations invitations, DelegationCalendar calendar, TimeProvider time)
    : IRequestHandler<StartMandateRequestCommand, Result<MandateRequestDto>>
{
    public async Task<Result<MandateRequestDto>> Handle(StartMandateRequestCommand request, CancellationToken cancellationToken)
    {
        var mandatorId = user.RequireUserId();
        if (user.OrganisationId is not { } organisationId)
        {
            return DelegationErrors.RequestNotFound;
        }

        var now = time.GetUtcNow();
        var mandator = (await mediator.Send(new GetAccountContactQuery(mandatorId), cancellationToken)).OrThrow($"Reading the contact of {mandatorId}");
        var mandatorEmail = await emails.MandatorAsync(request.MandatorEmail, nameof(request.MandatorEmail), mandatorId, cancellationToken);
        var linkEmail = await emails.MandataryAsync(request.LinkEmail, nameof(request.LinkEmail), organisationId, mandatorId, cancellationToken);
        var service = services.Find(request.ServiceCode);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";

        // Every refused field at once: the form shows them all.
        var errors = new List<Error>();
        errors.AddRange(new[] { mandatorEmail.Error, linkEmail.Error }.OfType<Error>());
        if (service is null)
        {
            // No service, no part to check as a whole: its other fields are checked one by one.
            errors.Add(DelegationErrors.ServiceUnknown);
            errors.AddRange(MandateRequest.ValidateWithoutService(request.MandataryName, request.EndsOn, calendar.Today(now)));
        }

        var part = service is null ? null : new MandatorPart(
            organisationId, mandatorId, mandator.DisplayName, mandatorEmail.IsSuccess ? mandatorEmail.Value : request.MandatorEmail ?? "", service, request.Category,
            request.MandataryName, linkEmail.IsSuccess ? linkEmail.Value : request.LinkEmail ?? "", request.EndsOn, language, calendar.Today(now));
        errors.AddRange(part is null ? [] : MandateRequest.Validate(part).Where(e => (mandatorEmail.IsSuccess && linkEmail.IsSuccess) || e.Code != DelegationErrorCodes.EmailsIdentical));
        var digital = request.Signature is { Form: SignatureForm.Digital };
        if (SignatureStore.Refusal(request.Signature) is { } refused)
        {
            errors.Add(refused);
        }

        if (errors.Count > 0)
        {
            return DelegationErrors.AllOf(errors);
        }

        if (await pending.ExistsAsync(organisationId, service!.Code, [linkEmail.Value], null, now, cancellationToken))
        {
            return DelegationErrors.AlreadyRequested;
        }

        var started = digital ? await UnsignedAsync(part!, now, cancellationToken) : await SignedAsync(part!, request.Signature, now, cancellationToken);
        if (started.IsFailure)
        {
            return started.Error!;
        }

        repository.Add(started.Value);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : started.Value.ToDto(services, now);
    }

    private async Task<Result<MandateRequest>> SignedAsync(MandatorPart part, SignatureUpload? upload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signature = await signatures.KeepAsync(upload, now, cancellationToken);
        if (signature.IsFailure)
        {
            return signature.Error!;
        }

        var secret = MandataryLinks.NewSecret();
        var started = MandateRequest.Start(part, signature.Value, MandataryLinks.Hash(secret), now);
        if (started.IsSuccess)
        {
            invitations.Enqueue(started.Value, secret, now);
        }

        return started;
    }

    private async Task<Result<MandateRequest>> UnsignedAsync(MandatorPart part, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = MandateRequest.StartUnsigned(part, now);
        if (started.IsSuccess)
        {
            started.Value.AwaitSignatureOf(await documents.KeepToSignAsync(started.Value, null, cancellationToken));
        }

        return started;
    }
}
