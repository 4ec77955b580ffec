using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Messages;

/// <summary>The delivery log: every stored message, newest first, searchable.</summary>
public sealed class MessagesIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string? Recipient { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SendingModule { get; set; }

    [BindProperty(SupportsGet = true)]
    public MessageStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedList<MessageSummaryDto>? Messages { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new SearchMessagesQuery(Recipient, SendingModule, Status, PageNumber), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Messages = result.Value;
    }

    /// <summary>The same search on another page.</summary>
    public string? PageUrl(int page) => Url.Page("Index", new { Recipient, SendingModule, Status, PageNumber = page });
}
