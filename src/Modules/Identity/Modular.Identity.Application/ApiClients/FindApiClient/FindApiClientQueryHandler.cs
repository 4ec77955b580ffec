using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.ApiClients.FindApiClient;

/// <summary>Internal: answers for any client id (a module recognising a client's token), exposed by no page or endpoint.</summary>
internal sealed class FindApiClientQueryHandler(IApiClientRegistry clients) : IRequestHandler<FindApiClientQuery, Result<ApiClientReferenceDto>>
{
    public async Task<Result<ApiClientReferenceDto>> Handle(FindApiClientQuery request, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(request.ClientId) && await clients.FindReferenceAsync(request.ClientId, cancellationToken) is { } client
            ? client
            : IdentityErrors.ClientNotFound;
}
