using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Messages;

/// <summary>One message as it was rendered and stored, with its delivery history; it can be sent again.</summary>
public sealed class MessageDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public MessageDetailDto? Detail { get; private set; }

    /// <summary>A letter's address block (letters only, once in the print queue).</summary>
    public LetterDto? Letter { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetMessageQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            if (result.Error.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            AddErrors(result.Error, prefix: null);
            return Page();
        }

        Detail = result.Value;
        if (Detail.Summary.Channel == Channel.Postal)
        {
            Letter = await ReadOrNullAsync(new GetLetterQuery(id), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ResendMessageCommand(id), cancellationToken);
        if (result.IsFailure)
        {
            if (result.Error.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            AddErrors(result.Error, prefix: null);
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Notifications.Resent"];
        return RedirectToPage("Details", new { id = result.Value });
    }
}
