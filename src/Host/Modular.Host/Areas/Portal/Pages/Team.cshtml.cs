using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>« Mon équipe »: who reads the company's documents; the client admin invites colleagues (personal addresses only) and ends their access.</summary>
public sealed class PortalTeamModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public ClientTeamDto? Team { get; private set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var invited = await Mediator.Send(new InviteClientUserCommand(null, Input.Email, Input.DisplayName, ClientUserRole.User, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), cancellationToken);
        if (invited.IsFailure)
        {
            AddErrors(invited.Error, prefix: "Input");
            return Page();
        }

        StatusMessage = L["Portal.Team.Invited", Input.Email?.Trim() ?? ""];
        return RedirectToPage();
    }

    [BindProperty]
    public string? ClientId { get; set; }

    /// <summary>« Autoriser un logiciel »: an API client reads the company's documents with its own token.</summary>
    public async Task<IActionResult> OnPostAuthoriseAsync(CancellationToken cancellationToken)
    {
        var authorised = await Mediator.Send(new AuthoriseApiClientCommand(ClientId), cancellationToken);
        if (authorised.IsFailure)
        {
            if (await LoadAsync(cancellationToken) is { } refused)
            {
                return refused;
            }

            AddErrors(authorised.Error, prefix: null);
            return Page();
        }

        StatusMessage = L["Portal.Team.ClientAuthorised", ClientId?.Trim() ?? ""];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid authorisationId, CancellationToken cancellationToken)
    {
        var revoked = await Mediator.Send(new RevokeApiClientCommand(authorisationId), cancellationToken);
        if (revoked.IsFailure)
        {
            if (await LoadAsync(cancellationToken) is { } refused)
            {
                return refused;
            }

            ModelState.AddModelError(string.Empty, Message(revoked.Error));
            return Page();
        }

        StatusMessage = L["Portal.Team.ClientRevoked"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var done = await Mediator.Send(new DeactivateClientUserCommand(null, userId), cancellationToken);
        if (done.IsFailure)
        {
            if (await LoadAsync(cancellationToken) is { } refused)
            {
                return refused;
            }

            ModelState.AddModelError(string.Empty, Message(done.Error));
            return Page();
        }

        StatusMessage = L["Portal.Team.Deactivated"];
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var team = await Mediator.Send(new GetClientTeamQuery(), cancellationToken);
        if (team.IsFailure)
        {
            return team.Error.Code == ClientPortalErrorCodes.MfaRequired ? Redirect("/Portal") : NotFound();
        }

        Team = team.Value;
        return null;
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }
    }
}
