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
    /// Drops the blank rows and sends the content; on failure the form comes back as typed, with the
    /// module's messages beside the fields, and null is returned.
    /// </summary>
    protected async Task<Result<TResult>?> SaveAsync<TResult>(Func<CaseFileContentDto, Task<Result<TResult>>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        cancellationToken.ThrowIfCancellationRequested();
        if (!ModelState.IsValid)
        {
            return null;
        }

        // The rows are renumbered without the blank ones, so the module's "Policies[1]" is the second row shown.
        Input.RemoveBlankRows();
        ModelState.Clear();
        var content = Input.ToContent(ModelState, nameof(Input), L["Sharing.Policy.PremiumInvalid"]);
        var result = content is null ? null : await send(content);
        if (result is { IsSuccess: true })
        {
            return result;
        }

        if (result?.Error is { } error)
        {
            OnFailure(error);
        }

        Input.WithBlankRows();
        return null;
    }

    protected virtual void OnFailure(Error error) => AddErrors(error);
}
