using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Requests.GetMandataryPart;

/// <summary>
/// What the mandatary's link opens: the request while its « section Utilisateur » waits; a link
/// opened after it was signed, or past its 30 days, says so; an unknown link is not found.
/// </summary>
internal sealed class GetMandataryPartQueryHandler(IDelegationRepository repository, IMediator mediator, DelegableServices services, TimeProvider time)
    : IRequestHandler<GetMandataryPartQuery, Result<MandataryPartDto>>
{
    public async Task<Result<MandataryPartDto>> Handle(GetMandataryPartQuery request, CancellationToken cancellationToken)
    {
        var found = await MandataryPart.FindAsync(repository, request.Token, tracked: false, time.GetUtcNow(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var r = found.Value;
        var organisation = (await mediator.Send(new GetOrganisationNameQuery(r.OrganisationId), cancellationToken)).OrThrow($"Reading the name of organisation {r.OrganisationId}");
        return new MandataryPartDto(r.MandatorName, organisation, services.NameOf(r.ServiceCode), r.Category, r.MandataryName, r.LinkEmail, r.ExpiresAt, r.EndsOn,
            r.DocumentToSign is null ? null : r.MandataryEmail);
    }
}
