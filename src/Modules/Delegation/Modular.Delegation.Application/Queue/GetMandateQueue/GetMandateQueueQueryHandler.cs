using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Queue.GetMandateQueue;

/// <summary>The requests both parties signed, in order of receipt, the date processed today, and the latest decisions.</summary>
internal sealed class GetMandateQueueQueryHandler(IDelegationRepository repository, DelegableServices services, DelegationCalendar calendar, TimeProvider time)
    : IRequestHandler<GetMandateQueueQuery, Result<MandateQueueDto>>
{
    public const int DecidedShown = 100;

    public async Task<Result<MandateQueueDto>> Handle(GetMandateQueueQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await repository.ListAsync(new WaitingMandateRequestsSpec(), cancellationToken);
        var decided = await repository.ListAsync(new DecidedMandateRequestsSpec(DecidedShown), cancellationToken);
        var processing = calendar.Today(waiting.FirstOrDefault()?.ReceivedAt ?? now);
        return new MandateQueueDto(processing, [.. waiting.Select(r => r.ToDto(services, now))], [.. decided.Select(r => r.ToDto(services, now))]);
    }
}
