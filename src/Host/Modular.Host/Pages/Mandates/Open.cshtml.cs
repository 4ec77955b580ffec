using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Delegation.Contracts;
using Modular.Host.Areas.Delegation.Pages;
using Modular.SharedKernel.Results;

namespace Modular.Host.Pages.Mandates;

/// <summary>
/// The « section Utilisateur » of a mandate form ("/mandat/{token}"), reached from the link emailed
/// to the mandatary, no account needed: who asks, for which service, then the mandatary's own
/// address and signature. A link already used, expired or unknown says so, with its status code.
/// One who signs digitally downloads the form's PDF with their address, then uploads its <c>.p7s</c>.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class MandateOpenModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public MandataryForm Input { get; set; } = new();

    [BindProperty]
    public SignatureInput Signature { get; set; } = new();

    /// <summary>The detached signature of the downloaded PDF.</summary>
    [BindProperty]
    public IFormFile? P7s { get; set; }

    public MandataryPartDto? Part { get; private set; }

    /// <summary>Why the link opens no form, in the reader's language.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The part was just signed.</summary>
    public bool Completed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken))
        {
            Input.MandataryEmail = Part!.LinkEmail;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var completed = await Mediator.Send(new CompleteMandataryPartCommand(Token, Input.MandataryEmail, await Signature.ToUploadAsync(cancellationToken)), cancellationToken);
        if (completed.IsFailure)
        {
            AddErrors(completed.Error!);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (Signature.Form == SignatureForm.Digital)
        {
            // Their address is kept with the PDF they now sign: the page shows that step.
            await LoadAsync(cancellationToken);
            return Page();
        }

        Completed = true;
        return Page();
    }

    /// <summary>The PDF to sign digitally, exactly as kept.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken cancellationToken)
    {
        var document = await Mediator.Send(new GetMandataryDocumentToSignQuery(Token), cancellationToken);
        return document.IsSuccess ? DelegationFiles.Form(document) : await OnGetAsync(cancellationToken);
    }

    /// <summary>The <c>.p7s</c> of the downloaded PDF: verified, it completes the part.</summary>
    public async Task<IActionResult> OnPostDigitalAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var signed = await Mediator.Send(new SignMandataryPartCommand(Token, await SignatureFiles.ReadAsync(P7s, cancellationToken)), cancellationToken);
        if (signed.IsFailure)
        {
            // The section below shows what was chosen, should they sign another way.
            (Input.MandataryEmail, Signature.Form) = (Part!.DigitalSignatureEmail ?? Part.LinkEmail, SignatureForm.Digital);
            AddErrors(signed.Error!, prefix: "Digital");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Completed = true;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var part = await Mediator.Send(new GetMandataryPartQuery(Token), cancellationToken);
        if (part.IsSuccess)
        {
            Part = part.Value;
            return true;
        }

        Refusal = Message(part.Error!);
        Response.StatusCode = part.Error!.Kind switch
        {
            ErrorKind.Gone => StatusCodes.Status410Gone,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status404NotFound,
        };
        return false;
    }
}

/// <summary>What the « section Utilisateur » posts besides the signature.</summary>
public sealed class MandataryForm
{
    public string? MandataryEmail { get; set; }
}
