using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Modular.Delegation.Contracts;
using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Accounts;
using Modular.SharedKernel.Infrastructure.Web;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>
/// The passthrough endpoints of the OpenID Connect server: OpenIddict has validated the protocol
/// before these run; they decide who is signed in, whether consent is needed, and what goes into
/// the tokens.
/// </summary>
internal static class OpenIdConnectEndpoints
{
    public static IEndpointRouteBuilder MapOpenIdConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapMethods(OpenIdConnectPaths.Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        group.MapPost(OpenIdConnectPaths.Token, ExchangeAsync).RequireRateLimiting(RateLimitPolicies.Authentication);
        group.MapMethods(OpenIdConnectPaths.UserInfo, [HttpMethods.Get, HttpMethods.Post], UserInfoAsync);
        group.MapMethods(OpenIdConnectPaths.EndSession, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync);
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        var returnUrl = AuthorizeUrl(context, request, Parameters.Prompt, OpenIdConnectPaths.ConsentParameter);

        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user) || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            // prompt=login is honoured once: the login page sends the browser back without it.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        if (user.MustChangePassword)
        {
            return Results.Redirect($"{OpenIdConnectPaths.ChangePassword}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("The client application cannot be found.");
        var applicationId = await applications.GetIdAsync(application);
        var subject = user.Id.ToString();
        var scopes = request.GetScopes();
        var existing = new List<object>();
        await foreach (var authorization in authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes))
        {
            existing.Add(authorization);
        }

        var consentType = await applications.GetConsentTypeAsync(application);
        var consent = request.GetParameter(OpenIdConnectPaths.ConsentParameter)?.ToString();
        if (consent == "denied")
        {
            return Forbid(Errors.AccessDenied, "The user denied the request.");
        }

        // The consent page sends the browser back without prompt=consent, so asking happens once.
        var mustAsk = consentType != ConsentTypes.Implicit && (existing.Count == 0 || request.HasPromptValue(PromptValues.Consent));
        if (mustAsk)
        {
            if (consentType == ConsentTypes.External && existing.Count == 0)
            {
                return Forbid(Errors.ConsentRequired, "This application is not allowed for this user.");
            }

            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.ConsentRequired, "Interactive consent is required.");
            }

            return Results.Redirect($"{OpenIdConnectPaths.Consent}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = await PrincipalFactory.ForUserAsync(users, user, scopes);
        var authorizationEntry = existing.LastOrDefault()
            ?? await authorizations.CreateAsync(identity, subject, applicationId!, AuthorizationTypes.Permanent, identity.GetScopes());
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorizationEntry));
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("The client application cannot be found.");
            var identity = PrincipalFactory.ForClient(
                request.ClientId!,
                await applications.GetDisplayNameAsync(application),
                await applications.GetPropertiesAsync(application),
                request.GetScopes());
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = result.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;

            // The account may have been deactivated or locked since the code or refresh token was issued.
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
            }

            var identity = await PrincipalFactory.ForUserAsync(users, user, result.Principal!.GetScopes());
            identity.SetAuthorizationId(result.Principal!.GetAuthorizationId());
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsTokenExchangeGrantType())
        {
            return await ActForAsync(context, request, users, signIn);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>
    /// The token exchange of a mandatary (RFC 8693): their own access token as <c>subject_token</c>,
    /// the mandate as <c>mandate_id</c>. The mandate must be theirs and in force, both accounts able to
    /// sign in; the token issued acts for the mandator, limited to the service's scopes their own
    /// token held (or those of them asked for).
    /// </summary>
    private static async Task<IResult> ActForAsync(HttpContext context, OpenIddictRequest request, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var mandatary = result.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (mandatary is null || !await signIn.CanSignInAsync(mandatary) || await users.IsLockedOutAsync(mandatary))
        {
            return Forbid(Errors.InvalidGrant, "The subject token is no longer valid.");
        }

        if (!Guid.TryParse((string?)request[PrincipalFactory.MandateClaim], out var mandateId))
        {
            return Forbid(Errors.InvalidRequest, "The mandate_id parameter names the mandate to act on.");
        }

        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        var mandate = await mediator.Send(new GetActingMandateQuery(mandateId, mandatary.Id), context.RequestAborted);
        var mandator = mandate.IsSuccess ? await users.FindByIdAsync(mandate.Value.MandatorId.ToString()) : null;
        if (mandator is null || !await signIn.CanSignInAsync(mandator))
        {
            return Forbid(Errors.InvalidGrant, "The mandate is not the subject's, or it is no longer in force.");
        }

        var held = result.Principal!.GetScopes();
        var asked = request.GetScopes();
        var scopes = mandate.Value.Scopes.Intersect(held, StringComparer.Ordinal).Where(s => asked.IsEmpty || asked.Contains(s)).ToList();
        if (scopes.Count == 0)
        {
            return Forbid(Errors.InvalidScope, "None of the mandated service's scopes is held by the subject token, or asked for.");
        }

        var identity = PrincipalFactory.ForActing(mandator, mandatary.Id, mandatary.DisplayName, mandateId, scopes);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<ApplicationUser> users)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal;
        var user = principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (principal is null || user is null || !user.IsActive)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account behind this token no longer exists or is deactivated.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName;
            claims[Claims.PreferredUsername] = user.Email;
            claims[IdentityClaimTypes.OrganisationId] = user.OrganisationId?.ToString();
        }

        if (principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = user.Email;
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = await users.GetRolesAsync(user);
        }

        return Results.Ok(claims);
    }

    /// <summary>The parameters of an end-session request the confirmation page carries back in its form.</summary>
    internal static readonly string[] EndSessionParameters =
        [Parameters.IdTokenHint, Parameters.PostLogoutRedirectUri, Parameters.State, Parameters.ClientId, Parameters.UiLocales];

    /// <summary>
    /// Ends the session only on the confirmation page's own form (a POST with its antiforgery
    /// token): a cross-site link or image to this address cannot sign anyone out. Any other call
    /// while signed in goes to that page, with the request's parameters; with no session there is
    /// nothing to end and the client is sent back at once.
    /// </summary>
    private static async Task<IResult> EndSessionAsync(HttpContext context, SignInManager<ApplicationUser> signIn, IAntiforgery antiforgery)
    {
        var signedIn = (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded;
        var confirmed = HttpMethods.IsPost(context.Request.Method) && await antiforgery.IsRequestValidAsync(context);
        if (signedIn && !confirmed)
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
            var parameters = request.GetParameters()
                .Where(p => EndSessionParameters.Contains(p.Key, StringComparer.Ordinal))
                .SelectMany(p => ((StringValues)p.Value).Select(v => KeyValuePair.Create(p.Key, v)))
                .Append(KeyValuePair.Create(OpenIdConnectPaths.EndSessionParameter, (string?)"1"));
            return Results.Redirect(context.Request.PathBase + OpenIdConnectPaths.Logout + QueryString.Create(parameters));
        }

        if (signedIn)
        {
            await signIn.SignOutAsync();
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>The authorize request as a local URL, for coming back after sign-in or consent.</summary>
    private static string AuthorizeUrl(HttpContext context, OpenIddictRequest request, params string[] without)
    {
        var parameters = request.GetParameters()
            .Where(p => !without.Contains(p.Key, StringComparer.Ordinal))
            .SelectMany(p => ((StringValues)p.Value).Select(v => KeyValuePair.Create(p.Key, v)))
            .ToList();
        return context.Request.PathBase + OpenIdConnectPaths.Authorize + QueryString.Create(parameters);
    }
}
