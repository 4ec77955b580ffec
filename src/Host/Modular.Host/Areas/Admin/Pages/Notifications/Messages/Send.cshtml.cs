using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts;
using Modular.Notifications.Contracts;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Messages;

/// <summary>
/// Sends the shipped test template through a chosen channel, to check that email, SMS or letters
/// reach people. The form carries an idempotency key made when it is shown, so a double submit sends once.
/// </summary>
public sealed class SendTestMessageModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public const string TemplateKey = "notifications.test";

    public static readonly IReadOnlyList<string> Cultures = ["fr", "en"];

    [BindProperty]
    public SendInput Input { get; set; } = new();

    public void OnGet()
    {
        Input.IdempotencyKey = NewKey();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.IdempotencyKey))
        {
            Input.IdempotencyKey = NewKey();
            ModelState.Remove("Input.IdempotencyKey");
        }

        var name = Trimmed(Input.Name);
        var recipient = Input.Channel switch
        {
            Channel.Email => new RecipientDto(name, Email: Trimmed(Input.Email)),
            Channel.Sms => new RecipientDto(name, Mobile: Trimmed(Input.Mobile)),
            _ => new RecipientDto(name, Address: new PostalAddressDto(
                name ?? "", Input.Line1?.Trim() ?? "", Trimmed(Input.Line2), Input.PostalCode?.Trim() ?? "", Input.City?.Trim() ?? "", Trimmed(Input.Country) ?? "France")),
        };
        var model = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sender_name"] = User.FindFirst("name")?.Value ?? User.Identity?.Name ?? "",
            ["organisation_name"] = "Modular",
            ["note"] = Input.Note?.Trim() ?? "",
        };
        var organisationId = Guid.TryParse(User.FindFirst(IdentityClaimTypes.OrganisationId)?.Value, out var id) ? id : (Guid?)null;
        var culture = Input.Culture is { } chosen && Cultures.Contains(chosen) ? chosen : Cultures[0];

        var result = await Mediator.Send(
            new SendMessageCommand(TemplateKey, culture, Input.Channel, recipient, model, "Notifications", AggregateId: null, organisationId, Input.IdempotencyKey),
            cancellationToken);
        if (result.IsFailure)
        {
            var field = result.Error.Code switch
            {
                "recipient-email-invalid" => "Input.Email",
                "recipient-mobile-invalid" => "Input.Mobile",
                "recipient-address-incomplete" => "Input.Line1",
                _ => null,
            };
            if (field is null)
            {
                AddErrors(result.Error, prefix: null);
            }
            else
            {
                ModelState.AddModelError(field, Message(result.Error));
            }

            return Page();
        }

        StatusMessage = L["Notifications.SendDone"];
        return RedirectToPage("Details", new { id = result.Value });
    }

    private static string NewKey() => "admin-test:" + Guid.NewGuid().ToString("N");

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class SendInput
    {
        public Channel Channel { get; set; } = Channel.Email;

        public string? Culture { get; set; } = "fr";

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Mobile { get; set; }

        public string? Line1 { get; set; }

        public string? Line2 { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public string? Country { get; set; } = "France";

        public string? Note { get; set; }

        public string? IdempotencyKey { get; set; }
    }
}
