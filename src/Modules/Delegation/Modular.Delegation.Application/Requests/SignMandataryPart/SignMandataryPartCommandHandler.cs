using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Requests.SignMandataryPart;

/// <summary>
/// The mandatary's <c>.p7s</c> of the PDF their link gave them, with the address it shows: the
/// address is checked again (an account may have taken it since), the signature against those very
/// bytes; the request then joins the back office's queue. Nothing is kept from a refused one.
/// </summary>
internal sealed class SignMandataryPartCommandHandler(
    IDelegationRepository repository, MandateEmailChecks emails, PendingMandates pending, SignatureStore signatures, TimeProvider time)
    : IRequestHandler<SignMandataryPartCommand, Result>
{
    public async Task<Result> Handle(SignMandataryPartCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await MandataryPart.FindAsync(repository, request.Token, tracked: true, now, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var mandateRequest = found.Value;
        if (mandateRequest is not { DocumentToSign: { } document, MandataryEmail: { } kept })
        {
            return DelegationErrors.SignatureDigitalNoDocument;
        }

        var email = await emails.MandataryAsync(kept, nameof(CompleteMandataryPartCommand.MandataryEmail), mandateRequest.OrganisationId, mandateRequest.MandatorId, cancellationToken);
        if (email.IsFailure)
        {
            return email.Error!;
        }

        if (await pending.ExistsAsync(mandateRequest.OrganisationId, mandateRequest.ServiceCode, [email.Value], mandateRequest.Id, now, cancellationToken))
        {
            return DelegationErrors.AlreadyRequested;
        }

        var signature = await signatures.KeepDigitalAsync(request.Signature, document, now, cancellationToken);
        if (signature.IsFailure)
        {
            return signature.Error!;
        }

        var completed = mandateRequest.CompleteMandataryPart(kept, signature.Value, now);
        return completed.IsFailure ? completed : await repository.SaveChangesAsync(cancellationToken);
    }
}
