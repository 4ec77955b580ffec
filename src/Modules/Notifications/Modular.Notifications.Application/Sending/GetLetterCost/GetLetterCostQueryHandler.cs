using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Sending.GetLetterCost;

internal sealed class GetLetterCostQueryHandler(INotificationSettings settings) : IRequestHandler<GetLetterCostQuery, Result<decimal>>
{
    public Task<Result<decimal>> Handle(GetLetterCostQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success(settings.LetterCost.Amount));
}
