using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.GetMandateForm;

/// <summary>« Un fichier par formulaire »: the request's PDF, in the reader's language, for its mandator or the back office.</summary>
internal sealed class GetMandateFormQueryHandler(IDelegationRepository repository, ICurrentUser user, FormDocuments documents)
    : IRequestHandler<GetMandateFormQuery, Result<MandateFormFileDto>>
{
    public async Task<Result<MandateFormFileDto>> Handle(GetMandateFormQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        if (!RequestAccess.MayRead(user, found))
        {
            return DelegationErrors.RequestNotFound;
        }

        return new MandateFormFileDto(FormDocuments.FileName(found), await documents.RenderAsync(found, null, cancellationToken));
    }
}
