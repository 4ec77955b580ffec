using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.ApiClients.ListApiClients;

internal sealed class ListApiClientsQueryHandler(IApiClientRegistry clients) : IRequestHandler<ListApiClientsQuery, Result<IReadOnlyList<ApiClientDto>>>
{
    public async Task<Result<IReadOnlyList<ApiClientDto>>> Handle(ListApiClientsQuery request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ApiClientDto>>.Success(await clients.ListAsync(cancellationToken));
}
