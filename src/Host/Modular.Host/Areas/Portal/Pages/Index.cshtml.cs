using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Api;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>
/// « Mes documents »: the client user's company's benefit documents, by line (tabs), filtered by
/// type and year, searched in full text; each with its days left, new until downloaded. A user
/// without two-factor authentication is sent to set it up before any document is shown. Ticked
/// documents, or all of those about to be deleted, are downloaded as one ZIP (plain forms, no script).
/// </summary>
public sealed class PortalIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Line { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only what leaves the portal within 30 days.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Expiring { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PortalHomeDto? Home { get; private set; }

    public PagedList<PortalDocumentItemDto>? Documents { get; private set; }

    /// <summary>The account has no second factor yet: the page explains and links to its set-up.</summary>
    public bool MfaRequired { get; private set; }

    public InsuranceLine? CurrentLine => Enum.TryParse<InsuranceLine>(Line, ignoreCase: true, out var line) && Enum.IsDefined(line) ? line : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var home = await Mediator.Send(new GetPortalHomeQuery(), cancellationToken);
        if (home.IsFailure)
        {
            if (home.Error.Code == ClientPortalErrorCodes.MfaRequired)
            {
                // A step of joining, not an error: the page explains and links to the set-up (the API answers 403).
                MfaRequired = true;
                return Page();
            }

            return NotFound();
        }

        Home = home.Value;
        var documents = await Mediator.Send(
            new ListPortalDocumentsQuery(Line, Type, Year, null, null, Q, PageNumber, PageSize, Expiring ? 30 : null), cancellationToken);
        if (documents.IsFailure)
        {
            AddErrors(documents.Error, prefix: null);
            return Page();
        }

        Documents = documents.Value;
        return Page();
    }

    /// <summary>The ticked documents as one ZIP; refused, the same list again with the reason.</summary>
    public Task<IActionResult> OnPostArchiveAsync(Guid[]? ids, CancellationToken cancellationToken) =>
        ArchiveAsync(new DownloadPortalArchiveCommand(ids ?? []), cancellationToken);

    /// <summary>Every document leaving the portal within 30 days as one ZIP.</summary>
    public Task<IActionResult> OnPostExpiringAsync(CancellationToken cancellationToken) =>
        ArchiveAsync(new DownloadPortalArchiveCommand(ExpiringWithinDays: DownloadPortalArchiveCommand.MaxExpiringWithinDays), cancellationToken);

    /// <summary>This page's list (its filters and page kept) posting to one of its handlers.</summary>
    public string PostLink(string handler)
    {
        var link = Link(page: PageNumber);
        return $"{link}{(link.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
    }

    private async Task<IActionResult> ArchiveAsync(DownloadPortalArchiveCommand command, CancellationToken cancellationToken)
    {
        var archive = await Mediator.Send(command, cancellationToken);
        if (archive.IsSuccess)
        {
            return new PortalArchiveFile(archive.Value);
        }

        if (archive.Error.Code == ClientPortalErrorCodes.MfaRequired)
        {
            return Redirect("/Portal");
        }

        var page = await OnGetAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        AddErrors(archive.Error, prefix: null);
        Response.StatusCode = ApiResults.StatusOf(archive.Error.Kind);
        return page;
    }

    /// <summary>This list's address with some of its filters changed (null: left out).</summary>
    public string Link(string? line = "", string? type = "", int? year = -1, string? q = "", bool? expiring = null, int page = 1)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("line", line == "" ? Line : line);
        Add("type", type == "" ? Type : type);
        Add("year", (year == -1 ? Year : year)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("q", q == "" ? Q : q);
        if (expiring ?? Expiring)
        {
            query.Add("expiring=true");
        }

        if (page > 1)
        {
            query.Add($"p={page}");
        }

        return "/Portal" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
