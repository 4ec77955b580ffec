using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>
/// What the create and edit pages share: the form's rows ("Ajouter un contrat", "Ajouter une
/// section" re-render it with one more blank row, no script needed) and the save.
/// </summary>
public abstract class CaseFileFormModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public CaseFileInput Input { get; set; } = new();

    public IActionResult OnPostAddPolicy()
    {
        Input.Policies.Add(new CaseFileInput.PolicyInput());
        return Page();
    }

    public IActionResult OnPostAddSection()
    {
        Input.Sections.Add(new CaseFileInput.SectionInput());
        return Page();
    }

    /// <summary>
    /// Drops the blank rows and sends the content. Null when nothing was sent (an amount that is not
    /// one); on failure the form comes back as typed, with the module's messages beside the fields.
    /// </summary>
    protected async Task<Result<TResult>?> SaveAsync<TResult>(Func<CaseFileContentDto, Task<Result<TResult>>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (!ModelState.IsValid)
        {
            return null;
        }

        // The rows are renumbered without the blank ones, so the module's "Policies[1]" is the second row shown.
        Input.RemoveBlankRows();
        ModelState.Clear();
        var content = Input.ToContent(ModelState, nameof(Input), L["Sharing.Policy.PremiumInvalid"]);
        var result = content is null ? null : await send(content);
        if (result is { IsFailure: true })
        {
            OnFailure(result.Error);
        }

        if (result is not { IsSuccess: true })
        {
            Input.WithBlankRows();
        }

        return result;
    }

    protected virtual void OnFailure(Error error) => AddErrors(error);
}
