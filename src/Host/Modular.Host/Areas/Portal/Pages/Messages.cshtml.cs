using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>« Contacter mon conseiller » and « Revenir au papier »: the company's thread with its advisor.</summary>
public sealed class PortalMessagesModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public PortalThreadDto? Thread { get; private set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SendAsync(PortalMessageTopic.Question, cancellationToken);

    public Task<IActionResult> OnPostPaperAsync(CancellationToken cancellationToken) => SendAsync(PortalMessageTopic.BackToPaper, cancellationToken);

    private async Task<IActionResult> SendAsync(PortalMessageTopic topic, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(new SendPortalMessageCommand(null, topic, Body), cancellationToken);
        if (sent.IsFailure)
        {
            if (await LoadAsync(cancellationToken) is { } refused)
            {
                return refused;
            }

            AddErrors(sent.Error, prefix: null);
            return Page();
        }

        StatusMessage = topic == PortalMessageTopic.BackToPaper ? L["Portal.Messages.PaperSent"] : L["Portal.Messages.Sent"];
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var thread = await Mediator.Send(new GetPortalThreadQuery(), cancellationToken);
        if (thread.IsFailure)
        {
            return thread.Error.Code == ClientPortalErrorCodes.MfaRequired ? Redirect("/Portal") : NotFound();
        }

        Thread = thread.Value;
        return null;
    }
}
