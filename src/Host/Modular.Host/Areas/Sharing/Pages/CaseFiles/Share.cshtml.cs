using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>
/// "Partager ce dossier": issues a single-use key and shows it in this response only (never in a
/// redirect or temp data), with copy, a prefilled email and "Envoyer à un collègue".
/// </summary>
// The key is in the page: no copy of it stays in a cache or the browser's history.
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ShareCaseFileModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public string ClientName { get; private set; } = "";

    /// <summary>The key just issued, or posted back by the send form: shown on this response only.</summary>
    public IssuedShareKeyDto? Issued { get; private set; }

    [BindProperty]
    public SendInput Send { get; set; } = new();

    /// <summary>Set once the key went out by email: the colleague's address.</summary>
    public string? SentTo { get; private set; }

    public sealed class SendInput
    {
        public Guid ShareKeyId { get; set; }

        public string? Key { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }

        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await Mediator.Send(new IssueShareKeyCommand(id), cancellationToken);
        if (result.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(result.Error));
            return Page();
        }

        Issued = result.Value;
        Send = new SendInput { ShareKeyId = Issued.Id, Key = Issued.Key, ExpiresAt = Issued.ExpiresAt };
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The person's own key, posted back from the form they were shown: it stays on screen.
        Issued = new IssuedShareKeyDto(Send.ShareKeyId, Send.Key ?? "", Send.ExpiresAt);
        var result = await Mediator.Send(new SendShareKeyCommand(Send.ShareKeyId, Send.Key ?? "", Send.Email ?? "", CultureInfo.CurrentUICulture.Name), cancellationToken);
        if (result.IsFailure)
        {
            // The module names the address field RecipientEmail; on this page it is Send.Email.
            var invalidAddress = result.Error.FieldErrors.GetValueOrDefault(nameof(SendShareKeyCommand.RecipientEmail));
            ModelState.AddModelError(invalidAddress is null ? string.Empty : "Send.Email", Message(result.Error));
            return Page();
        }

        SentTo = Send.Email?.Trim();
        Send.Email = null;
        ModelState.Remove("Send.Email");
        return Page();
    }

    /// <summary>A <c>mailto:</c> link with the key and how to import it, for the person's own mail program.</summary>
    public string MailtoLink(IssuedShareKeyDto issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var subject = L["Sharing.Share.MailSubject", ClientName].Value;
        var body = L["Sharing.Share.MailBody", ClientName, issued.Key, SharingFormat.Day(issued.ExpiresAt)].Value.ReplaceLineEndings("\r\n");
        return $"mailto:?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}";
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ReadOrNullAsync(new GetCaseFileQuery(id), cancellationToken) is not { } caseFile)
        {
            return false;
        }

        ClientName = SharingFormat.ClientName(caseFile.Content.Client);
        return true;
    }
}
