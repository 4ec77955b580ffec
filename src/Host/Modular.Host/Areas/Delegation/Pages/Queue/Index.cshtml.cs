using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Delegation.Pages.Queue;

/// <summary>
/// The back office's queue of mandate requests (administrators and « Traitement des mandats »): the
/// date processed today, the requests both parties signed in order of receipt, with both
/// signatures, to approve or refuse with a reason; then the latest decisions.
/// </summary>
public sealed class QueueModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public MandateQueueDto Queue { get; private set; } = new(default, [], []);

    public IReadOnlyList<MandateDto> InForce { get; private set; } = [];

    /// <summary>The request whose refusal was refused (its reason missing), to show its form open.</summary>
    public Guid? Refusing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Queue = (await Mediator.Send(new GetMandateQueueQuery(), cancellationToken)).Value;
        InForce = (await Mediator.Send(new ListMandatesInForceQuery(), cancellationToken)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        var approved = await Mediator.Send(new ApproveMandateRequestCommand(id), cancellationToken);
        return await AfterAsync(approved, id, approved.IsSuccess ? L["Delegation.Queue.Approved", approved.Value.MandataryName, approved.Value.MandatorName].Value : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var refused = await Mediator.Send(new RefuseMandateRequestCommand(id, reason), cancellationToken);
        return await AfterAsync(refused, id, refused.IsSuccess ? L["Delegation.Queue.Refused", refused.Value.MandataryName, refused.Value.MandatorName].Value : null, cancellationToken);
    }

    /// <summary>The back office ends a mandate now (both parties are emailed).</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var revoked = await Mediator.Send(new RevokeMandateCommand(id), cancellationToken);
        return await AfterAsync(revoked, id, revoked.IsSuccess ? L["Delegation.Mandates.Revoked", revoked.Value.MandataryName, revoked.Value.MandatorName, revoked.Value.ServiceName].Value : null, cancellationToken);
    }

    /// <summary>
    /// A party's signature: the drawn or scanned image shown beside the request, or a digital one's
    /// <c>.p7s</c> and (<paramref name="document"/>) the PDF it signs, as downloads.
    /// </summary>
    public async Task<IActionResult> OnGetSignatureAsync(Guid id, bool mandatary, bool document, CancellationToken cancellationToken)
    {
        var file = await Mediator.Send(new GetSignatureFileQuery(id, mandatary, document), cancellationToken);
        if (file.IsFailure)
        {
            return NotFound();
        }

        return file.Value.ContentType.StartsWith("image/", StringComparison.Ordinal)
            ? File(file.Value.Content, file.Value.ContentType)
            : File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
    }

    /// <summary>The request's form, as one PDF with both parts and both signatures.</summary>
    public async Task<IActionResult> OnGetFormAsync(Guid id, CancellationToken cancellationToken) =>
        DelegationFiles.Form(await Mediator.Send(new GetMandateFormQuery(id), cancellationToken));

    private async Task<IActionResult> AfterAsync(Result result, Guid id, string? done, CancellationToken cancellationToken)
    {
        if (result.IsFailure)
        {
            if (result.Error!.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            AddErrors(result.Error, prefix: $"r{id:N}");
            ModelState.AddModelError(string.Empty, Message(result.Error));
            Refusing = id;
            return await OnGetAsync(cancellationToken);
        }

        StatusMessage = done;
        return Redirect("/Delegation/Queue");
    }
}
