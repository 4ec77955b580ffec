using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Companies;

/// <summary>
/// A client company for its advisor and the insurer's staff: its contracts, its users, its latest
/// documents, and the form that publishes PDFs to it (each file on its own, streamed; the page then
/// says which were published, which without text, and why the others were refused).
/// </summary>
public sealed class CompanyDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    /// <summary>The most files one publishing form may carry.</summary>
    public const int MaxFiles = 20;

    public ClientCompanyDto? Company { get; private set; }

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    [TempData]
    public string[]? Published { get; set; }

    [TempData]
    public string[]? PublishedWithoutText { get; set; }

    [TempData]
    public string[]? Refused { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetClientCompanyQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        Company = result.Value;
        var thread = await Mediator.Send(new GetPortalThreadQuery(id), cancellationToken);
        Thread = thread.IsSuccess ? thread.Value : null;
        if (!_deliveryPosted)
        {
            Delivery = DeliveryInput.Of(Company);
        }

        Publish.DocumentDate ??= DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var published = new List<string>();
        var withoutText = new List<string>();
        var refused = new List<string>();
        var (line, type) = SplitKind(Publish.Kind);
        if (files.Count == 0)
        {
            refused.Add(L["Portal.Publish.NoFile"]);
        }
        else if (files.Count > MaxFiles)
        {
            refused.Add(L["Portal.Publish.TooManyFiles", MaxFiles]);
        }
        else
        {
            foreach (var file in files)
            {
                var title = TitleOf(file.FileName, files.Count);
                await using var content = file.OpenReadStream();
                var result = await Mediator.Send(new PublishPortalDocumentCommand(id, line, type, title, Publish.DocumentDate, file.FileName, content), cancellationToken);
                if (result.IsFailure && result.Error.Code == ClientPortalErrorCodes.CompanyNotFound)
                {
                    return NotFound();
                }

                if (result.IsFailure)
                {
                    refused.Add($"{file.FileName} : {Message(result.Error)}");
                }
                else if (result.Value.TextStatus == PortalTextStatus.NoText)
                {
                    withoutText.Add(result.Value.Title);
                }
                else
                {
                    published.Add(result.Value.Title);
                }
            }
        }

        Published = [.. published];
        PublishedWithoutText = [.. withoutText];
        Refused = [.. refused];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id });
    }

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public PortalThreadDto? Thread { get; private set; }

    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public DeliveryInput Delivery { get; set; } = new();

    /// <summary>The advisor's answer in the company's thread; the company's users are emailed.</summary>
    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken cancellationToken)
    {
        var sent = await Mediator.Send(new SendPortalMessageCommand(id, PortalMessageTopic.Reply, Reply), cancellationToken);
        if (sent.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(sent.Error));
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Portal.Messages.Sent"];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id });
    }

    /// <summary>Paper or paperless, and the third party copied: by email, by post, or none (only the chosen one is sent).</summary>
    public async Task<IActionResult> OnPostDeliveryAsync(Guid id, CancellationToken cancellationToken)
    {
        _deliveryPosted = true;
        var d = Delivery;
        if (d.CopyKind == "email" && string.IsNullOrWhiteSpace(d.CopyEmail))
        {
            ModelState.AddModelError("Delivery.CopyEmail", L["Error.copy-address-invalid"]);
            return await OnGetAsync(id, cancellationToken);
        }

        var command = d.CopyKind switch
        {
            "email" => new UpdateCompanyDeliveryCommand(id, d.Paperless, d.CopyEmail),
            "post" => new UpdateCompanyDeliveryCommand(id, d.Paperless, null, new PortalPostalAddressDto(d.CopyName, d.CopyStreet, d.CopyPostalCode, d.CopyCity, d.CopyCountry)),
            _ => new UpdateCompanyDeliveryCommand(id, d.Paperless, null),
        };
        var updated = await Mediator.Send(command, cancellationToken);
        if (updated.IsFailure)
        {
            AddErrors(updated.Error, prefix: "Delivery");
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Portal.Companies.DeliveryUpdated"];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id });
    }

    private bool _deliveryPosted;

    public sealed class DeliveryInput
    {
        public bool Paperless { get; set; }

        /// <summary>"none", "email" or "post".</summary>
        public string CopyKind { get; set; } = "none";

        public string? CopyEmail { get; set; }

        public string? CopyName { get; set; }

        public string? CopyStreet { get; set; }

        public string? CopyPostalCode { get; set; }

        public string? CopyCity { get; set; }

        public string? CopyCountry { get; set; }

        public static DeliveryInput Of(ClientCompanyDto company) => new()
        {
            Paperless = company.Paperless,
            CopyKind = company.CopyEmail is not null ? "email" : company.CopyAddress is not null ? "post" : "none",
            CopyEmail = company.CopyEmail,
            CopyName = company.CopyAddress?.Name,
            CopyStreet = company.CopyAddress?.Street,
            CopyPostalCode = company.CopyAddress?.PostalCode,
            CopyCity = company.CopyAddress?.City,
            CopyCountry = company.CopyAddress?.Country,
        };
    }

    /// <summary>« Inviter une personne »: a personal address, as for an access request; the person gets a personal link.</summary>
    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        var invited = await Mediator.Send(
            new InviteClientUserCommand(id, Invite.Email, Invite.DisplayName, Invite.Role, Invite.Language ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken);
        if (invited.IsFailure)
        {
            if (invited.Error.Code == ClientPortalErrorCodes.CompanyNotFound)
            {
                return NotFound();
            }

            AddErrors(invited.Error, prefix: "Invite");
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Portal.Team.Invited", Invite.Email?.Trim() ?? ""];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, Guid userId, CancellationToken cancellationToken)
    {
        var done = await Mediator.Send(new DeactivateClientUserCommand(id, userId), cancellationToken);
        if (done.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(done.Error));
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Portal.Team.Deactivated"];
        return RedirectToPage("/Companies/Details", new { area = "Portal", id });
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public ClientUserRole Role { get; set; } = ClientUserRole.ClientAdmin;

        public string? Language { get; set; }
    }

    /// <summary>The title typed, or the file's name without « .pdf »; with several files, both.</summary>
    private string TitleOf(string fileName, int fileCount)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(Publish.Title))
        {
            return name;
        }

        return fileCount == 1 ? Publish.Title : $"{Publish.Title.Trim()} — {name}";
    }

    /// <summary>« Laa:CoverageLetter » from the form's one select of line and type.</summary>
    private static (string? Line, string? Type) SplitKind(string? kind) =>
        kind?.Split(':', 2) is [var line, var type] ? (line, type) : (null, null);

    public sealed class PublishInput
    {
        /// <summary>Line and type together (<c>Laa:CoverageLetter</c>): the select offers only the pairs that exist.</summary>
        public string? Kind { get; set; }

        public string? Title { get; set; }

        public string? DocumentDate { get; set; }
    }
}
