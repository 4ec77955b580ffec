using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.People;

/// <summary>
/// A person of the directory: their details and what they reach (« Dossier interne »), and the
/// « Inviter » tab: invitation by two channels, its status, reminders, and access with a personal
/// identification code.
/// </summary>
public sealed class PersonDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public PersonDetailsDto Details { get; private set; } = null!;

    /// <summary>What a letter costs, said where the invitation may go by post.</summary>
    public decimal LetterCost { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? PersonalCode { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(new InvitePersonCommand(id, null, FolderAccessLevel.Read, Comment, CultureInfo.CurrentUICulture.Name), cancellationToken);
        return await AfterSendAsync(id, sent, "Vault.Invite.Sent", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(new RemindInvitationCommand(invitationId, CultureInfo.CurrentUICulture.Name), cancellationToken);
        return await AfterSendAsync(id, sent, "Vault.Invite.Reminded", cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        var cancelled = await Mediator.Send(new CancelInvitationCommand(invitationId), cancellationToken);
        if (cancelled.IsFailure)
        {
            AddErrors(cancelled.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L["Vault.Invite.Cancelled"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPersonalCodeAsync(Guid id, CancellationToken cancellationToken)
    {
        var granted = await Mediator.Send(new GrantByPersonalCodeCommand(id, PersonalCode ?? ""), cancellationToken);
        if (granted.IsFailure)
        {
            ModelState.AddModelError(nameof(PersonalCode), Message(granted.Error));
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L["Vault.Invite.PersonalCodeDone"];
        return RedirectToPage(new { id });
    }


    private async Task<IActionResult> AfterSendAsync(Guid id, Result<InvitationSentDto> sent, string done, CancellationToken cancellationToken)
    {
        if (sent.IsFailure)
        {
            if (sent.Error.Code == VaultErrorCodes.PersonNotFound)
            {
                return NotFound();
            }

            AddErrors(sent.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L[done];
        return RedirectToPage(null, null, new { id }, "invite");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetPersonQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return false;
        }

        Details = result.Value;
        LetterCost = await ReadAsync(new GetLetterCostQuery(), 0m, cancellationToken);
        return true;
    }
}
