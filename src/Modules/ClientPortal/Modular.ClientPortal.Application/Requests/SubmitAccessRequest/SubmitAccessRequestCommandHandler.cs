using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Requests;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Application.Requests.SubmitAccessRequest;

/// <summary>
/// The public access form: every field checked in turn (the address must be personal, the premium
/// volume a number at or above the threshold, with the seed's sentences); a request that passes is
/// kept for the insurer's advisors, and its requester is emailed that it arrived.
/// </summary>
internal sealed class SubmitAccessRequestCommandHandler(IPortalRepository repository, IMediator mediator, PortalRules rules, TimeProvider time)
    : IRequestHandler<SubmitAccessRequestCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SubmitAccessRequestCommand request, CancellationToken cancellationToken)
    {
        var insurer = await mediator.Send(new GetOrganisationNameQuery(request.InsurerId), cancellationToken);
        if (insurer.IsFailure)
        {
            return PortalErrors.InsurerUnknown;
        }

        var now = time.GetUtcNow();
        var language = Languages.Of(request.Language);
        var submitted = AccessRequest.Submit(
            request.InsurerId, request.CompanyName, request.Uid, [.. request.Contracts.Select(c => (c.Line.ToDomain(), c.Number))], request.PremiumVolume,
            request.FirstName, request.LastName, request.Email, request.Phone, language, rules.PersonalEmail, rules.MinimumPremiumVolume, insurer.Value, now);
        if (submitted.IsFailure)
        {
            return submitted.Error;
        }

        var accessRequest = submitted.Value;
        repository.Add(accessRequest);
        repository.Enqueue(new AccessRequestReceivedIntegrationEvent(Guid.CreateVersion7(now), now, accessRequest.Id, request.InsurerId, accessRequest.CompanyName, accessRequest.Email, language));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? accessRequest.Id : saved.Error!;
    }
}
