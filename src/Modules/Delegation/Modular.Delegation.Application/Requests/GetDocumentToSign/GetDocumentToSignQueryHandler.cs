using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.GetDocumentToSign;

/// <summary>The PDF the mandator is to sign digitally, as kept; once signed (or for anyone else) there is none.</summary>
internal sealed class GetDocumentToSignQueryHandler(IDelegationRepository repository, ICurrentUser user, FormDocuments documents, TimeProvider time)
    : IRequestHandler<GetDocumentToSignQuery, Result<MandateFormFileDto>>
{
    public async Task<Result<MandateFormFileDto>> Handle(GetDocumentToSignQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        if (!RequestAccess.IsMandatorOf(user, found))
        {
            return DelegationErrors.RequestNotFound;
        }

        var may = found.MandatorMaySign(time.GetUtcNow());
        if (may.IsFailure)
        {
            return may.Error!;
        }

        var document = await documents.ToSignAsync(found, cancellationToken);
        return document is null ? DelegationErrors.SignatureDigitalNoDocument : new MandateFormFileDto(FormDocuments.FileName(found, "-a-signer"), document);
    }
}
