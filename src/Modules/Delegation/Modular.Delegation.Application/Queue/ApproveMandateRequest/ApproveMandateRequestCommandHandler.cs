using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.Identity.Contracts.Mandataries;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Queue.ApproveMandateRequest;

/// <summary>
/// Approves a request of the queue. Identity makes the mandatary's account if they have none (and
/// sends its credentials split in two, with the account); then the request, its mandate and the
/// notice to both parties are saved together. Approving again after a failure finds the account
/// already made and sends nothing twice.
/// </summary>
internal sealed class ApproveMandateRequestCommandHandler(
    IDelegationRepository repository, ICurrentUser user, IMediator mediator, DelegableServices services, PendingMandates pending, DelegationCalendar calendar,
    TimeProvider time)
    : IRequestHandler<ApproveMandateRequestCommand, Result<MandateDto>>
{
    public async Task<Result<MandateDto>> Handle(ApproveMandateRequestCommand request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId, tracked: true), cancellationToken);
        if (found is null)
        {
            return DelegationErrors.RequestNotFound;
        }

        var now = time.GetUtcNow();
        if (found.Status != MandateRequestStatus.AwaitingReview || found.MandataryEmail is not { } mandataryEmail)
        {
            return DelegationErrors.RequestNotInQueue;
        }

        var endsAt = calendar.EndOf(found.EndsOn);
        if (endsAt <= now)
        {
            return DelegationErrors.MandateEnded;
        }

        if (await pending.ExistsAsync(found.OrganisationId, found.ServiceCode, [mandataryEmail], found.Id, now, cancellationToken))
        {
            return DelegationErrors.AlreadyRequested;
        }

        var service = services.Find(found.ServiceCode);
        var account = await mediator.Send(
            new ProvisionMandataryAccountCommand(
                found.OrganisationId, found.MandataryName, mandataryEmail, found.MandatorName, found.MandatorEmail, service?.FrenchName ?? found.ServiceCode,
                service?.EnglishName ?? found.ServiceCode, found.Language),
            cancellationToken);
        if (account.IsFailure)
        {
            return account.Error!;
        }

        var approved = found.Approve(user.RequireUserId(), account.Value.UserId, now);
        if (approved.IsFailure)
        {
            return approved.Error!;
        }

        var mandate = Mandate.From(found, account.Value.UserId, endsAt, now);
        if (mandate.IsFailure)
        {
            return mandate.Error!;
        }

        repository.Add(mandate.Value);
        repository.Enqueue(MandateNotices.For(found, service, MandateNoticeKind.Approved, now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : mandate.Value.ToDto(services, now);
    }
}
