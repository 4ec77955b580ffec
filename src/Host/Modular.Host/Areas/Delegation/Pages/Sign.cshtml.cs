using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// « Signature numérique », the mandator's side ("/Delegation/Sign/{id}"): the form's PDF to
/// download and sign with their certificate, then the <c>.p7s</c> to upload. Once it verifies, the
/// mandatary is sent their link. Another's request is not found.
/// </summary>
public sealed class SignModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The detached signature of the downloaded PDF.</summary>
    [BindProperty]
    public IFormFile? P7s { get; set; }

    public MandateRequestDto? MandateRequest { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken cancellationToken) =>
        DelegationFiles.Form(await Mediator.Send(new GetDocumentToSignQuery(Id), cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var signed = await Mediator.Send(new SignMandatorPartCommand(Id, await SignatureFiles.ReadAsync(P7s, cancellationToken)), cancellationToken);
        if (signed.IsSuccess)
        {
            StatusMessage = L["Delegation.Request.Sent", signed.Value.MandataryName, signed.Value.LinkEmail];
            return Redirect("/Delegation");
        }

        if (signed.Error!.Kind == ErrorKind.NotFound || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        AddErrors(signed.Error);
        Response.StatusCode = signed.Error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Gone => StatusCodes.Status410Gone,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        MandateRequest = await ReadOrNullAsync(new GetMandateRequestQuery(Id), cancellationToken);
        return MandateRequest is not null;
    }
}
