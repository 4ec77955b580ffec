using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Consent;

namespace Modular.Host.Areas.Identity.Pages.Connect;

/// <summary>
/// The authorize endpoint sends a person here when a third-party app asks for access the person
/// has not allowed yet; the decision is remembered, and the browser goes back to the authorize URL.
/// </summary>
public sealed class ConsentModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    private const string AuthorizePath = "/connect/authorize";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ConsentRequestDto? Consent { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Parse() is not var (clientId, scopes))
        {
            return BadRequest();
        }

        var result = await Mediator.Send(new GetConsentRequestQuery(clientId, scopes, CultureInfo.CurrentUICulture.Name), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        Consent = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? decision, CancellationToken cancellationToken)
    {
        if (Parse() is not var (clientId, scopes))
        {
            return BadRequest();
        }

        if (decision != "accept")
        {
            return LocalRedirect(QueryHelpers.AddQueryString(ReturnUrl!, "modular_consent", "denied"));
        }

        var result = await Mediator.Send(new GrantConsentCommand(clientId, scopes), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        return LocalRedirect(ReturnUrl!);
    }

    /// <summary>The client and scopes named by the authorize URL; nothing else is trusted from it.</summary>
    private (string ClientId, IReadOnlyList<string> Scopes)? Parse()
    {
        if (string.IsNullOrEmpty(ReturnUrl) || !Url.IsLocalUrl(ReturnUrl) || !ReturnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal))
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(ReturnUrl[AuthorizePath.Length..]);
        var clientId = query.TryGetValue("client_id", out var id) ? id.ToString() : "";
        var scopes = query.TryGetValue("scope", out var scope) ? scope.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return string.IsNullOrEmpty(clientId) ? null : (clientId, scopes);
    }
}
