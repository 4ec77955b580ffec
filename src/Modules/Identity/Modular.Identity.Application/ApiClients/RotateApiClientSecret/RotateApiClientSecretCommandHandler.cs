using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.ApiClients.RotateApiClientSecret;

internal sealed class RotateApiClientSecretCommandHandler(IApiClientRegistry clients)
    : IRequestHandler<RotateApiClientSecretCommand, Result<ApiClientSecretDto>>
{
    public async Task<Result<ApiClientSecretDto>> Handle(RotateApiClientSecretCommand request, CancellationToken cancellationToken)
    {
        var secret = ApiClientSecrets.Generate();
        return await clients.SetSecretAsync(request.ClientId, secret, cancellationToken)
            ? new ApiClientSecretDto(request.ClientId, secret)
            : IdentityErrors.ClientNotFound;
    }
}
