using System.Security.Cryptography;
using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.ApiClients.RegisterApiClient;

internal sealed class RegisterApiClientCommandHandler(IApiClientRegistry clients, IEnumerable<ApiScopeDefinition> scopes)
    : IRequestHandler<RegisterApiClientCommand, Result<ApiClientSecretDto>>
{
    public async Task<Result<ApiClientSecretDto>> Handle(RegisterApiClientCommand request, CancellationToken cancellationToken)
    {
        var known = scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        if (request.Scopes.Any(s => !known.Contains(s)))
        {
            return IdentityErrors.ScopeUnknown;
        }

        var clientId = "client-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = ApiClientSecrets.Generate();
        await clients.RegisterConfidentialAsync(clientId, secret, request.DisplayName.Trim(), [.. request.Scopes.Distinct()], request.OrganisationId, cancellationToken);
        return new ApiClientSecretDto(clientId, secret);
    }
}
