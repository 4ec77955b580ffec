using System.Security.Cryptography;
using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.ApiClients;

internal sealed class ListApiClientsQueryHandler(IApiClientRegistry clients) : IRequestHandler<ListApiClientsQuery, Result<IReadOnlyList<ApiClientDto>>>
{
    public async Task<Result<IReadOnlyList<ApiClientDto>>> Handle(ListApiClientsQuery request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ApiClientDto>>.Success(await clients.ListAsync(cancellationToken));
}

internal sealed class ListApiScopesQueryHandler(IEnumerable<ApiScopeDefinition> scopes) : IRequestHandler<ListApiScopesQuery, Result<IReadOnlyList<ApiScopeDefinition>>>
{
    public Task<Result<IReadOnlyList<ApiScopeDefinition>>> Handle(ListApiScopesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<ApiScopeDefinition>>.Success([.. scopes.OrderBy(s => s.Name, StringComparer.Ordinal)]));
}

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

internal sealed class RegisterApiClientCommandValidator : IValidator<RegisterApiClientCommand>
{
    public IEnumerable<ValidationFailure> Validate(RegisterApiClientCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom du client est obligatoire.");
        }
        else if (request.DisplayName.Trim().Length > 200)
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom du client ne peut dépasser 200 caractères.");
        }

        if (request.Scopes is not { Count: > 0 })
        {
            yield return new ValidationFailure(nameof(request.Scopes), "Choisissez au moins une portée.");
        }
    }
}

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

internal sealed class DeleteApiClientCommandHandler(IApiClientRegistry clients) : IRequestHandler<DeleteApiClientCommand, Result>
{
    public async Task<Result> Handle(DeleteApiClientCommand request, CancellationToken cancellationToken) =>
        await clients.DeleteAsync(request.ClientId, cancellationToken) ? Result.Success() : IdentityErrors.ClientNotFound;
}

internal static class ApiClientSecrets
{
    /// <summary>256 random bits, URL-safe: shown once, stored hashed by the OpenID Connect server.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
