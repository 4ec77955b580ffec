using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Queue.GetSignatureImage;

/// <summary>A party's drawn or scanned signature, for the back office to compare with the form.</summary>
internal sealed class GetSignatureImageQueryHandler(IDelegationRepository repository, SignatureStore signatures) : IRequestHandler<GetSignatureImageQuery, Result<SignatureImageDto>>
{
    public async Task<Result<SignatureImageDto>> Handle(GetSignatureImageQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        var signature = request.Mandatary ? found?.MandatarySignature : found?.MandatorSignature;
        if (signature is null || signature.Kind == SignatureKind.Digital)
        {
            return DelegationErrors.RequestNotFound;
        }

        return new SignatureImageDto(signature.ContentType, await signatures.ReadAsync(signature, cancellationToken));
    }
}
