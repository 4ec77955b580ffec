using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages;

/// <summary>
/// "Importer un fichier partagé": paste the key, OK, and the case file opens. When the person
/// already has this case file, the seed's question comes first, after the client's name (the
/// seed's words say « Ce fichier » only), with what an overwrite would erase.
/// </summary>
// The key is in the page: no copy of it stays in a cache or the browser's history.
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ImportModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public bool ConfirmOverwrite { get; set; }

    /// <summary>The question to confirm an overwrite, when the case file exists: null otherwise.</summary>
    public string? OverwriteQuestion { get; private set; }

    /// <summary>What an overwrite would erase, in the reader's language.</summary>
    public IReadOnlyList<string> Erased { get; private set; } = [];

    /// <summary>The person's copy that an overwrite would replace.</summary>
    public Guid? ExistingCaseFileId { get; private set; }

    /// <summary>The client of that copy.</summary>
    public string? ExistingClientName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new ImportSharedCaseFileCommand(Key ?? "", ConfirmOverwrite, HttpContext.Connection.RemoteIpAddress?.ToString());
        var result = await Mediator.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = L[result.Value.Overwritten ? "Sharing.Import.Overwritten" : "Sharing.Import.Done"];
            return RedirectToPage("CaseFiles/Details", new { id = result.Value.CaseFileId });
        }

        var error = result.Error;
        if (error.Code == SharingErrorCodes.CaseExists)
        {
            OverwriteQuestion = Message(error);
            Erased = [.. (error.Extensions.GetValueOrDefault(SharingErrorCodes.ErasedExtension) as IEnumerable<ErasedFieldDto> ?? []).Select(Describe)];
            ExistingCaseFileId = error.Extensions.GetValueOrDefault(SharingErrorCodes.CaseIdExtension) as Guid?;
            ExistingClientName = error.Extensions.GetValueOrDefault(SharingErrorCodes.ClientNameExtension) as string;
            return Page();
        }

        // A malformed key says what is wrong with it (empty, stray characters, length, typo).
        ModelState.AddModelError(nameof(Key), Message(error));
        return Page();
    }

    private string Describe(ErasedFieldDto erased)
    {
        var label = L[$"Sharing.Erased.{erased.Field}", erased.Name ?? ""];
        return label.ResourceNotFound ? erased.Label : label.Value;
    }
}
