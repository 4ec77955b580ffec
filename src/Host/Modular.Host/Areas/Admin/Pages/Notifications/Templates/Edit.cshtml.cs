using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Templates;

/// <summary>
/// Edits a template's three parts: a draft is previewed with the template's sample values, saved
/// as the admin's version only when it has no error, or dropped to return to the shipped one.
/// </summary>
public sealed class TemplateEditModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    // Nullable: an emptied part is a draft like any other, not a missing field.
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Culture { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? HtmlBody { get; set; }

    [BindProperty]
    public string? TextBody { get; set; }

    /// <summary>What is stored now (the admin's version or the shipped one), with the sample values.</summary>
    public TemplateSourceDto? Source { get; private set; }

    public RenderedPreviewDto? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
        {
            return failure;
        }

        Subject = Source!.Subject;
        HtmlBody = Source.HtmlBody;
        TextBody = Source.TextBody;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await Mediator.Send(new PreviewTemplateQuery(Key ?? "", Culture ?? "", Subject ?? "", HtmlBody ?? "", TextBody ?? ""), cancellationToken);
        if (result.IsFailure)
        {
            AddTemplateErrors(result.Error);
        }
        else
        {
            Preview = result.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await Mediator.Send(new SaveTemplateOverrideCommand(Key ?? "", Culture ?? "", Subject ?? "", HtmlBody ?? "", TextBody ?? ""), cancellationToken);
        if (result.IsFailure)
        {
            AddTemplateErrors(result.Error);
            return Page();
        }

        StatusMessage = L["Notifications.Templates.Saved"];
        return RedirectToPage("Edit", new { key = Key, culture = Culture });
    }

    public async Task<IActionResult> OnPostRevertAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await Mediator.Send(new RevertTemplateCommand(Key ?? "", Culture ?? ""), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        StatusMessage = L["Notifications.Templates.Reverted"];
        return RedirectToPage("Edit", new { key = Key, culture = Culture });
    }

    /// <summary>Bootstrap's mark on a part that has errors.</summary>
    public string InvalidClass(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? "is-invalid" : "";

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetTemplateQuery(Key ?? "", Culture ?? ""), cancellationToken);
        if (result.IsFailure)
        {
            return result.Error.Kind switch
            {
                ErrorKind.NotFound => NotFound(),
                ErrorKind.Forbidden or ErrorKind.Unauthorized => Forbid(),
                _ => BadRequest(),
            };
        }

        Source = result.Value;
        return null;
    }

    /// <summary>A syntax error as the page shows it: in the reader's language, with the parser's own text folded underneath.</summary>
    public sealed record PartError(string Text, string? ParserMessage);

    /// <summary>The syntax errors shown under one part (<see cref="Subject"/>, <see cref="HtmlBody"/>, <see cref="TextBody"/>).</summary>
    public IReadOnlyList<PartError> ErrorsOf(string field) => _partErrors.TryGetValue(field, out var errors) ? errors : [];

    private readonly Dictionary<string, List<PartError>> _partErrors = [];

    /// <summary>Syntax errors go under their part ("subject", "html", "text"); anything else above the form.</summary>
    private void AddTemplateErrors(Error error)
    {
        if (error.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, Message(error));
            return;
        }

        ModelState.AddModelError(string.Empty, L["Notifications.Templates.HasErrors"]);
        foreach (var (part, messages) in error.FieldErrors)
        {
            var field = part switch
            {
                "subject" => nameof(Subject),
                "html" => nameof(HtmlBody),
                "text" => nameof(TextBody),
                _ => string.Empty,
            };
            var causes = error.FieldCauses.GetValueOrDefault(part) ?? [];
            var texts = L.FieldMessages(error, part, messages).ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                ModelState.AddModelError(field, texts[i]);
                var parserMessage = i < causes.Length ? causes[i]?.Extensions.GetValueOrDefault(NotificationsErrorCodes.ParserMessageExtension) as string : null;
                if (!_partErrors.TryGetValue(field, out var shown))
                {
                    _partErrors[field] = shown = [];
                }

                shown.Add(new PartError(texts[i], parserMessage));
            }
        }
    }
}
