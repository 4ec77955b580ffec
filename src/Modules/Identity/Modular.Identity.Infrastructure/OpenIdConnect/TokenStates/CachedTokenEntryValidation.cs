using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Modular.Identity.Infrastructure.OpenIdConnect.TokenStates;

/// <summary>
/// Token entry validation for the API, read through the <see cref="TokenStateCache"/>: in place of
/// OpenIddict's three handlers that read the token's row (to restore its properties, to check it is
/// still valid) and its authorization's row on every call, one handler that does the same reads
/// when the cache has no fresh state for the token, and the same checks every time. A token not
/// found, whose row holds a reference id (its payload used as a token), revoked or redeemed, or
/// whose authorization is no longer valid, is refused as <c>invalid_token</c>.
/// </summary>
/// <remarks>
/// Scoped, for the request's services; the token and authorization managers (and the DbContext
/// behind them) are resolved only when the store is read.
/// </remarks>
internal sealed class CachedTokenEntryValidation(TokenStateCache cache, IServiceProvider services) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } = OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .UseScopedHandler<CachedTokenEntryValidation>()
        .SetOrder(OpenIddictValidationHandlers.Protection.RestoreTokenEntryProperties.Descriptor.Order)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    /// <summary>OpenIddict's handlers this one stands in for.</summary>
    public static IEnumerable<OpenIddictValidationHandlerDescriptor> Replaced { get; } =
    [
        OpenIddictValidationHandlers.Protection.RestoreTokenEntryProperties.Descriptor,
        OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor,
        OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor,
    ];

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is null || context.Principal.GetTokenId() is not { Length: > 0 } id)
        {
            // No principal yet, or a token without an entry: nothing to read.
            return;
        }

        // A reference token's payload was just read from its row: read its state with it, never from the cache.
        var state = context.IsReferenceToken ? null : cache.Find(id);
        if (state is null)
        {
            var generation = cache.Generation;
            state = await ReadAsync(context, id);
            if (!context.IsReferenceToken)
            {
                cache.Keep(id, state, generation);
            }
        }

        if (!state.Usable)
        {
            context.Reject(error: Errors.InvalidToken, description: state.Refusal);
            return;
        }

        context.Principal
            .SetCreationDate(state.CreatedAt)
            .SetExpirationDate(state.ExpiresAt)
            .SetAuthorizationId(context.AuthorizationId = state.AuthorizationId)
            .SetTokenId(context.TokenId = state.TokenId)
            .SetTokenType(state.TokenType);
    }

    private async Task<TokenState> ReadAsync(ValidateTokenContext context, string id)
    {
        var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
        var cancellationToken = context.CancellationToken;
        var token = await tokens.FindByIdAsync(id, cancellationToken);
        if (token is null)
        {
            return Refused("The token is unknown.");
        }

        if (!context.IsReferenceToken && !string.IsNullOrEmpty(await tokens.GetReferenceIdAsync(token, cancellationToken)))
        {
            return Refused("The token is a reference token and must be sent as such.");
        }

        var authorizationId = await tokens.GetAuthorizationIdAsync(token, cancellationToken);
        string? refusal = null;
        if (!await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken))
        {
            refusal = "The token is no longer valid.";
        }
        else if (context.Options.EnableAuthorizationEntryValidation && !string.IsNullOrEmpty(authorizationId))
        {
            var authorizations = services.GetRequiredService<IOpenIddictAuthorizationManager>();
            var authorization = await authorizations.FindByIdAsync(authorizationId, cancellationToken);
            if (authorization is null || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
            {
                refusal = "The authorization of the token is no longer valid.";
            }
        }

        return new TokenState(
            await tokens.GetCreationDateAsync(token, cancellationToken),
            await tokens.GetExpirationDateAsync(token, cancellationToken),
            authorizationId,
            await tokens.GetIdAsync(token, cancellationToken),
            await tokens.GetTypeAsync(token, cancellationToken),
            refusal);
    }

    private static TokenState Refused(string why) => new(null, null, null, null, null, why);
}
