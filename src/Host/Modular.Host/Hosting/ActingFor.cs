using System.Security.Claims;
using System.Text.Json;
using MediatR;
using Modular.Delegation.Contracts;
using Modular.Host.Api;
using Modular.SharedKernel.Results;

namespace Modular.Host.Hosting;

/// <summary>
/// « Agir pour le compte de … »: a mandatary with a mandate in force works in the mandated service
/// as their mandator. In the browser they choose it on « Mes mandats » (a cookie names the
/// mandate); through the API they exchange their token for one whose <c>sub</c> is the mandator
/// and whose <c>act</c> names them (RFC 8693). On every request the mandate is asked for again:
/// a revoked or ended one stops acting at once. Outside the mandated service's pages the
/// mandatary is themselves, and the mandator's data is not theirs to reach.
/// </summary>
internal static class ActingFor
{
    /// <summary>The cookie naming the mandate the browser acts on.</summary>
    public const string Cookie = "modular.act";

    /// <summary>RFC 8693's actor claim: a JSON object whose <c>sub</c> is the mandatary.</summary>
    public const string ActClaim = "act";

    /// <summary>The mandate an exchanged token was issued on (checked on every request).</summary>
    public const string MandateClaim = "mandate_id";

    private const string ItemKey = "modular.acting";
    private const string EndedKey = "modular.acting-ended";

    /// <summary>The pages of each delegable service (by its code) and the one acting starts on.</summary>
    public static readonly IReadOnlyDictionary<string, ServicePages> Services = new Dictionary<string, ServicePages>(StringComparer.Ordinal)
    {
        [Sharing.Contracts.SharingServices.CaseFiles.Code] = new("/Sharing/CaseFiles", ["/Sharing"]),
        [Vault.Contracts.VaultServices.Vault.Code] = new("/Vault", ["/Vault"]),
        [Portfolio.Contracts.PortfolioServices.Portfolio.Code] = new("/Portfolio", ["/Portfolio"]),
        [ClientPortal.Contracts.PortalServices.Publishing.Code] = new("/Portal/Companies", ["/Portal/Companies", "/Portal/Requests"]),
    };

    /// <summary>The mandate this request is made on, when the mandatary acts for their mandator in its service.</summary>
    public static ActingMandateDto? Current(HttpContext? context) => context?.Items[ItemKey] as ActingMandateDto;

    /// <summary>The mandate the browser acted on ended (revoked, or past its end) since the last request.</summary>
    public static bool JustEnded(HttpContext? context) => context?.Items.ContainsKey(EndedKey) == true;

    /// <summary>The mandatary an exchanged token names in its <c>act</c> claim.</summary>
    public static Guid? ActorOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.FindFirstValue(ActClaim) is not { Length: > 0 } act)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(act);
            return document.RootElement.TryGetProperty("sub", out var sub) && Guid.TryParse(sub.GetString(), out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The service whose pages <paramref name="path"/> belongs to, if any.</summary>
    public static string? ServiceOf(PathString path) =>
        Services.FirstOrDefault(s => s.Value.Prefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))).Key;

    public static void Start(HttpContext context, Guid mandateId, bool secure)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Cookie, mandateId.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Path = "/",
        });
    }

    public static void Stop(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
    }

    /// <summary>
    /// A token issued for acting, once authorization has read it: refused as soon as its mandate is
    /// no longer in force (revoked, ended, or the mandatary's no more).
    /// </summary>
    public static async Task CheckTokenAsync(HttpContext context, Func<Task> next)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.User.FindFirstValue(MandateClaim) is not { } tokenMandate)
        {
            await next();
            return;
        }

        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        var acting = Guid.TryParse(tokenMandate, out var id) && ActorOf(context.User) is { } actor
            ? await mediator.Send(new GetActingMandateQuery(id, actor), context.RequestAborted)
            : Result<ActingMandateDto>.Failure(Error.Unauthorized(DelegationErrorCodes.MandateNotActive, "Ce jeton agit sur un mandat illisible."));
        if (acting.IsFailure)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await ApiResults.Problem(acting.Error!.Kind == ErrorKind.NotFound ? Error.Unauthorized(DelegationErrorCodes.MandateNotActive, acting.Error.Message) : acting.Error, StatusCodes.Status401Unauthorized)
                .ExecuteAsync(context);
            return;
        }

        await next();
    }

    /// <summary>The mandator a browser acts for in the service of the page asked, before authorization runs.</summary>
    public static async Task ResolveAsync(HttpContext context, Func<Task> next)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Cookies[Cookie] is { } cookie && Guid.TryParse(cookie, out var mandateId) && ServiceOf(context.Request.Path) is { } service
            && Guid.TryParse(context.User.FindFirstValue(OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject), out var userId))
        {
            var mediator = context.RequestServices.GetRequiredService<IMediator>();
            var mandate = await mediator.Send(new GetActingMandateQuery(mandateId, userId), context.RequestAborted);
            if (mandate.IsSuccess && mandate.Value.ServiceCode == service)
            {
                context.Items[ItemKey] = mandate.Value;
            }
            else if (mandate.IsFailure)
            {
                Stop(context);
                context.Items[EndedKey] = true;
            }
        }

        await next();
    }
}

/// <summary>A service's pages: where acting starts, and the paths that belong to it.</summary>
internal sealed record ServicePages(string Home, IReadOnlyList<string> Prefixes);
