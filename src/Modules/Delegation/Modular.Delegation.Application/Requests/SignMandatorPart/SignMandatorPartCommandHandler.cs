using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.SignMandatorPart;

/// <summary>
/// The mandator's <c>.p7s</c> of the PDF their request gave them: verified against those very bytes
/// (another document, a tampered file or a certificate not valid today is refused, nothing kept),
/// then the request and the mandatary's link are saved together. Anyone else's request is not found.
/// </summary>
internal sealed class SignMandatorPartCommandHandler(
    IDelegationRepository repository, ICurrentUser user, SignatureStore signatures, MandataryInvitations invitations, DelegableServices services, TimeProvider time)
    : IRequestHandler<SignMandatorPartCommand, Result<MandateRequestDto>>
{
    public async Task<Result<MandateRequestDto>> Handle(SignMandatorPartCommand request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId, tracked: true), cancellationToken);
        if (!RequestAccess.IsMandatorOf(user, found))
        {
            return DelegationErrors.RequestNotFound;
        }

        var now = time.GetUtcNow();
        var may = found.MandatorMaySign(now);
        if (may.IsFailure)
        {
            return may.Error!;
        }

        var signature = await signatures.KeepDigitalAsync(request.Signature, found.DocumentToSign, now, cancellationToken);
        if (signature.IsFailure)
        {
            return signature.Error!;
        }

        var secret = MandataryLinks.NewSecret();
        var signed = found.SignAsMandator(signature.Value, MandataryLinks.Hash(secret), now);
        if (signed.IsFailure)
        {
            return signed.Error!;
        }

        invitations.Enqueue(found, secret, now);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : found.ToDto(services, now);
    }
}
