using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Requests.GetMandataryDocumentToSign;

/// <summary>The PDF the mandatary is to sign digitally, as kept, through their link while their part waits.</summary>
internal sealed class GetMandataryDocumentToSignQueryHandler(IDelegationRepository repository, FormDocuments documents, TimeProvider time)
    : IRequestHandler<GetMandataryDocumentToSignQuery, Result<MandateFormFileDto>>
{
    public async Task<Result<MandateFormFileDto>> Handle(GetMandataryDocumentToSignQuery request, CancellationToken cancellationToken)
    {
        var found = await MandataryPart.FindAsync(repository, request.Token, tracked: false, time.GetUtcNow(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = await documents.ToSignAsync(found.Value, cancellationToken);
        return document is null ? DelegationErrors.SignatureDigitalNoDocument : new MandateFormFileDto(FormDocuments.FileName(found.Value, "-a-signer"), document);
    }
}
