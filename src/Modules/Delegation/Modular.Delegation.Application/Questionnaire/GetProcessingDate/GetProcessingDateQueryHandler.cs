using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Questionnaire.GetProcessingDate;

/// <summary>The day the oldest request of the queue was received; today when none waits.</summary>
internal sealed class GetProcessingDateQueryHandler(IDelegationRepository repository, DelegationCalendar calendar, TimeProvider time)
    : IRequestHandler<GetProcessingDateQuery, Result<DateOnly>>
{
    public async Task<Result<DateOnly>> Handle(GetProcessingDateQuery request, CancellationToken cancellationToken)
    {
        var oldest = (await repository.ListAsync(new WaitingMandateRequestsSpec(take: 1), cancellationToken)).FirstOrDefault();
        return calendar.Today(oldest?.ReceivedAt ?? time.GetUtcNow());
    }
}
