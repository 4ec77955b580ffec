using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.ApiClients.DeleteApiClient;

internal sealed class DeleteApiClientCommandHandler(IApiClientRegistry clients) : IRequestHandler<DeleteApiClientCommand, Result>
{
    public async Task<Result> Handle(DeleteApiClientCommand request, CancellationToken cancellationToken) =>
        await clients.DeleteAsync(request.ClientId, cancellationToken) ? Result.Success() : IdentityErrors.ClientNotFound;
}
