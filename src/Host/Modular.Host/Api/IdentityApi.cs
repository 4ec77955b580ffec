using MediatR;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Security;
using OpenIddict.Abstractions;

namespace Modular.Host.Api;

/// <summary>What a token says of its bearer.</summary>
internal sealed record MeResponse(string Subject, Guid? UserId, Guid? OrganisationId, string? ClientId, IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles);

internal static class IdentityApi
{
    public static RouteGroupBuilder MapIdentityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext context, ICurrentUser user) =>
            {
                var principal = context.User;
                return TypedResults.Ok(new MeResponse(
                    principal.GetClaim(OpenIddictConstants.Claims.Subject) ?? "",
                    user.UserId,
                    user.OrganisationId,
                    user.ClientId,
                    [.. principal.GetScopes()],
                    [.. principal.GetClaims(OpenIddictConstants.Claims.Role)]));
            })
            .RequireAuthorization(ScopeAuthorization.AnyToken)
            .WithName("GetMe")
            .WithTags("Identity")
            .WithSummary("Who the token belongs to")
            .WithDescription("Subject, organisation, client and scopes of any valid access token.")
            .Produces<MeResponse>();

        api.MapGet("/identity/organisation", async (IMediator mediator, CancellationToken ct) =>
                ApiResults.Ok(await mediator.Send(new GetMyOrganisationQuery(), ct)))
            .RequireScope(IdentityScopes.Read)
            .WithName("GetMyOrganisation")
            .WithTags("Identity")
            .WithSummary("The caller's organisation and its members")
            .Produces<OrganisationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }
}
