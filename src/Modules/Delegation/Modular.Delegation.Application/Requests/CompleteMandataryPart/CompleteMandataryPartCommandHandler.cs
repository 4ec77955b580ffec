using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Requests.CompleteMandataryPart;

/// <summary>
/// The mandatary's « section Utilisateur », signed through their link: their own address (not the
/// mandator's, not another account's, not a shared one), once. The request then joins the back
/// office's queue. One who signs digitally gets the form's PDF with their address to sign instead
/// (SignMandataryPart takes their <c>.p7s</c>).
/// </summary>
internal sealed class CompleteMandataryPartCommandHandler(
    IDelegationRepository repository, MandateEmailChecks emails, PendingMandates pending, SignatureStore signatures, FormDocuments documents, TimeProvider time)
    : IRequestHandler<CompleteMandataryPartCommand, Result>
{
    public async Task<Result> Handle(CompleteMandataryPartCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await MandataryPart.FindAsync(repository, request.Token, tracked: true, now, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var mandateRequest = found.Value;
        var email = await emails.MandataryAsync(request.MandataryEmail, nameof(request.MandataryEmail), mandateRequest.OrganisationId, mandateRequest.MandatorId, cancellationToken);
        var errors = new List<Error>();
        if (email.IsFailure)
        {
            errors.Add(email.Error!);
        }
        else if (MandateEmails.Differ(mandateRequest.MandatorEmail, email.Value, nameof(request.MandataryEmail)) is { IsFailure: true } same)
        {
            errors.Add(same.Error!);
        }

        var digital = request.Signature is { Form: SignatureForm.Digital };
        if (SignatureStore.Refusal(request.Signature) is { } refused)
        {
            errors.Add(refused);
        }

        if (errors.Count > 0)
        {
            return DelegationErrors.AllOf(errors);
        }

        if (await pending.ExistsAsync(mandateRequest.OrganisationId, mandateRequest.ServiceCode, [email.Value], mandateRequest.Id, now, cancellationToken))
        {
            return DelegationErrors.AlreadyRequested;
        }

        if (digital)
        {
            var document = await documents.KeepToSignAsync(mandateRequest, email.Value, cancellationToken);
            var prepared = mandateRequest.PrepareMandataryDigitalSignature(email.Value, document, now);
            return prepared.IsFailure ? prepared : await repository.SaveChangesAsync(cancellationToken);
        }

        var signature = await signatures.KeepAsync(request.Signature, now, cancellationToken);
        if (signature.IsFailure)
        {
            return signature.Error!;
        }

        var completed = mandateRequest.CompleteMandataryPart(email.Value, signature.Value, now);
        return completed.IsFailure ? completed : await repository.SaveChangesAsync(cancellationToken);
    }
}
