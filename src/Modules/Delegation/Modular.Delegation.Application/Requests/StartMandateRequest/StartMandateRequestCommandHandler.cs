using System.Globalization;
using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.StartMandateRequest;

/// <summary>
/// The mandator's part, signed. Every field is checked before the signature is kept; the request
/// and the email of the mandatary's link are saved together.
/// </summary>
internal sealed class StartMandateRequestCommandHandler(
    IDelegationRepository repository, ICurrentUser user, IMediator mediator, DelegableServices services, MandateEmailChecks emails, PendingMandates pending,
    SignatureStore signatures, DelegationCalendar calendar, IPublicLinks links, ISecretProtector secrets, TimeProvider time)
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
        if (request.Signature is not { Content.Length: > 0 })
        {
            errors.Add(DelegationErrors.SignatureRequired);
        }

        if (errors.Count > 0)
        {
            return DelegationErrors.AllOf(errors);
        }

        if (await pending.ExistsAsync(organisationId, service!.Code, [linkEmail.Value], null, now, cancellationToken))
        {
            return DelegationErrors.AlreadyRequested;
        }

        var signature = await signatures.KeepAsync(request.Signature, now, cancellationToken);
        if (signature.IsFailure)
        {
            return signature.Error!;
        }

        var secret = MandataryLinks.NewSecret();
        var started = MandateRequest.Start(part!, signature.Value, MandataryLinks.Hash(secret), now);
        if (started.IsFailure)
        {
            return started.Error!;
        }

        var created = started.Value;
        repository.Add(created);
        repository.Enqueue(new MandataryLinkIntegrationEvent(
            Guid.CreateVersion7(now), now, created.Id, organisationId, created.LinkEmail, created.MandataryName, created.MandatorName, service.FrenchName, service.EnglishName,
            language, secrets.Protect(links.To(DelegationPublicPages.MandataryPart, secret)), created.ExpiresAt));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : created.ToDto(services, now);
    }
}
