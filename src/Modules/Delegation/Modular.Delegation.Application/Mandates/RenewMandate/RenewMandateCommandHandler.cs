using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Mandates.RenewMandate;

/// <summary>
/// « Renouveler »: the mandator gives a mandate in force a later last day, within a year from today
/// (a mandate lasts a year at most, renewable); both parties are told. Anyone else's is not found.
/// </summary>
internal sealed class RenewMandateCommandHandler(IDelegationRepository repository, ICurrentUser user, DelegableServices services, DelegationCalendar calendar, TimeProvider time)
    : IRequestHandler<RenewMandateCommand, Result<MandateDto>>
{
    public async Task<Result<MandateDto>> Handle(RenewMandateCommand request, CancellationToken cancellationToken)
    {
        var mandate = await repository.FindAsync(new MandateByIdSpec(request.MandateId, tracked: true), cancellationToken);
        if (mandate is null || mandate.MandatorId != user.RequireUserId())
        {
            return DelegationErrors.MandateNotFound;
        }

        if (request.EndsOn is not { } endsOn)
        {
            return DelegationErrors.RenewalInvalid;
        }

        var now = time.GetUtcNow();
        var renewed = mandate.Renew(calendar.EndOf(endsOn), calendar.EndOf(calendar.Today(now).AddMonths(MandateRequest.MaxMonths)), now);
        if (renewed.IsFailure)
        {
            return renewed.Error!;
        }

        if (await repository.FindAsync(new MandateRequestByIdSpec(mandate.RequestId), cancellationToken) is { } origin)
        {
            repository.Enqueue(MandateNotices.For(origin, services.Find(mandate.ServiceCode), MandateNoticeKind.Renewed, now, endsOn));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : mandate.ToDto(services, now);
    }
}
