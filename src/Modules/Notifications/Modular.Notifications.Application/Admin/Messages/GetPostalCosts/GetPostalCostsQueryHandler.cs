using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.GetPostalCosts;

internal sealed class GetPostalCostsQueryHandler(INotificationsRepository repository) : IRequestHandler<GetPostalCostsQuery, Result<IReadOnlyList<PostalCostDto>>>
{
    public async Task<Result<IReadOnlyList<PostalCostDto>>> Handle(GetPostalCostsQuery request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<PostalCostDto>>.Success(await repository.PostalCostsAsync(cancellationToken));
}
