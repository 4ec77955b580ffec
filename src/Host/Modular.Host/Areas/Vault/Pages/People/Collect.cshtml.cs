using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.People;

/// <summary>
/// "Collecter des documents" from a person of the directory: the form (folder, expected items as
/// plain rows, deadline, message) and the person's requests with « Relancer » and « Annuler ».
/// The link is emailed; it is also shown once to the agent, since only its hash is kept.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class CollectModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    /// <summary>Rows of the items shown without script: what was typed, and some empty ones.</summary>
    public const int SpareRows = 3;
    public const int MinRows = 5;

    public PersonCollectionsDto Person { get; private set; } = null!;

    public IReadOnlyList<FolderDto> Folders { get; private set; } = [];

    [BindProperty]
    public Guid? FolderId { get; set; }

    [BindProperty]
    public List<string?> Items { get; set; } = [];

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    [BindProperty]
    public string? RequestMessage { get; set; }

    /// <summary>The link just issued (by a request or a reminder), shown once.</summary>
    [TempData]
    public string? IssuedUrl { get; set; }

    public int Rows => Math.Clamp(Math.Max(MinRows, Items.Count(i => !string.IsNullOrWhiteSpace(i)) + SpareRows), MinRows, 20);

    public async Task<IActionResult> OnGetAsync(Guid personId, CancellationToken cancellationToken) =>
        await LoadAsync(personId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid personId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new CreateCollectionRequestCommand(FolderId ?? Guid.Empty, personId, Items, Deadline, RequestMessage, Culture), cancellationToken);
        if (result.IsFailure && result.Error.Code is VaultErrorCodes.PersonNotFound or VaultErrorCodes.FolderNotFound)
        {
            return NotFound();
        }

        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return await LoadAsync(personId, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = result.Value.Emailed ? L["Vault.Collect.Sent"] : L["Vault.Collect.NotEmailed"];
        IssuedUrl = result.Value.Url;
        return RedirectToPage(new { personId });
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid personId, Guid requestId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new RemindCollectionRequestCommand(requestId, Culture), cancellationToken);
        if (result.IsSuccess)
        {
            IssuedUrl = result.Value.Url;
        }

        return Done(personId, result.IsSuccess ? Result.Success() : result.Error, L["Vault.Collect.Reminded"]);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid personId, Guid requestId, CancellationToken cancellationToken) =>
        Done(personId, await Mediator.Send(new CancelCollectionRequestCommand(requestId), cancellationToken), L["Vault.Collect.Cancelled"]);

    private static string Culture => System.Globalization.CultureInfo.CurrentUICulture.Name;


    private IActionResult Done(Guid personId, Result result, string success)
    {
        if (result.IsFailure && result.Error!.Code == VaultErrorCodes.CollectionNotFound)
        {
            return NotFound();
        }

        StatusMessage = result.IsSuccess ? success : Message(result.Error!);
        return RedirectToPage(new { personId });
    }

    private async Task<bool> LoadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await Mediator.Send(new ListPersonCollectionRequestsQuery(personId), cancellationToken);
        if (person.IsFailure)
        {
            return false;
        }

        Person = person.Value;
        Folders = await ReadAsync(new ListFoldersQuery(), [], cancellationToken);
        return true;
    }
}
