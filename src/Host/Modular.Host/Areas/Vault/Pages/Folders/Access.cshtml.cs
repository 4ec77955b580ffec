using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Messaging;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// « Gérer les accès » of a folder: who besides the agents reaches it; search the directory and
/// invite a person (or give access to someone who already has an account); the organisation's API clients.
/// A person whose invitation is still waiting is given the folder at once (the right is the
/// person's, and takes effect when they accept) and can be reminded (« Relancer ») from here, as the
/// refusal of a second invitation asks.
/// </summary>
public sealed class FolderAccessModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public FolderAccessDto Access { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<PersonDto>? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid personId, FolderAccessLevel level, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(
            new InvitePersonCommand(personId, id, level, null, CultureInfo.CurrentUICulture.Name), cancellationToken);
        if (sent.IsFailure)
        {
            if (sent.Error.Code == VaultErrorCodes.FolderNotFound)
            {
                return NotFound();
            }

            AddErrors(sent.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L["Vault.Invite.Sent"];
        return Redirect($"/Vault/People/Details/{personId}#invite");
    }

    public Task<IActionResult> OnPostGrantAsync(Guid id, Guid personId, FolderAccessLevel level, CancellationToken cancellationToken) =>
        RunAsync(id, new GrantPersonAccessCommand(id, personId, level), "Vault.Access.Granted", cancellationToken);

    /// <summary>The folder for a person whose invitation waits: the right is stored now and applies once they accept.</summary>
    public Task<IActionResult> OnPostGrantPendingAsync(Guid id, Guid personId, FolderAccessLevel level, CancellationToken cancellationToken) =>
        RunAsync(id, new GrantPersonAccessCommand(id, personId, level), "Vault.Access.GrantedPending", cancellationToken);

    /// <summary>« Relancer »: a new link and a new code for a waiting invitation; the code to read out by phone, when there is one, is shown once.</summary>
    public async Task<IActionResult> OnPostRemindAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(new RemindInvitationCommand(invitationId, CultureInfo.CurrentUICulture.Name), cancellationToken);
        if (sent.IsFailure && sent.Error.Code == VaultErrorCodes.InvitationNotFound)
        {
            return NotFound();
        }

        if (sent.IsFailure)
        {
            AddErrors(sent.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = sent.Value.CodeToGive is { } code ? L["Vault.Access.RemindedPhone", code] : L["Vault.Access.Reminded"];
        return RedirectToPage(new { id, q = Search });
    }

    /// <param name="clientApplicationId">The client chosen in the list of the organisation's clients.</param>
    public Task<IActionResult> OnPostClientAsync(Guid id, string? clientApplicationId, FolderAccessLevel level, CancellationToken cancellationToken) =>
        RunAsync(id, new GrantClientAccessCommand(id, clientApplicationId ?? "", level), "Vault.Access.Granted", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grantId, CancellationToken cancellationToken) =>
        RunAsync(id, new RevokeAccessCommand(grantId), "Vault.Access.Revoked", cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, ICommand command, string done, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command, cancellationToken);
        if (result.IsFailure && result.Error.Code == VaultErrorCodes.FolderNotFound)
        {
            return NotFound();
        }

        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L[done];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetFolderAccessQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return false;
        }

        Access = result.Value;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            Found = await ReadAsync<IReadOnlyList<PersonDto>>(new SearchPeopleQuery(Search), [], cancellationToken);
        }

        return true;
    }
}
