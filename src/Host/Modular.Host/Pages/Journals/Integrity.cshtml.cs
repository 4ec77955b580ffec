using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Hosting;
using Modular.SharedKernel.Journals;
using Modular.SharedKernel.Security;

namespace Modular.Host.Pages.Journals;

/// <summary>
/// « Intégrité des journaux »: recomputes every hash of the caller's organisation's chained journals
/// (ADR 0052) and shows, for each journal, how many entries hold and the first broken link if any.
/// </summary>
public sealed class IntegrityModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, IEnumerable<IJournalChain> journals, ICurrentUser user, TimeProvider time)
    : ModularPageModel(mediator, localizer)
{
    /// <summary>The journal to check (vault, sharing, portal, portfolio); every one when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Journal { get; set; }

    public IReadOnlyList<JournalSummary>? Results { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public IActionResult OnGet()
    {
        if (user.OrganisationId is null)
        {
            return Forbid();
        }

        Journal = Known(Journal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisation)
        {
            return Forbid();
        }

        Journal = Known(Journal);
        var verdicts = await JournalIntegrity.VerifyAsync(journals, organisation, Journal, cancellationToken);
        Results = JournalIntegrity.Journals.Where(j => Journal is null || j == Journal)
            .Select(j => JournalSummary.Of(j, verdicts.Where(v => v.Journal == j).ToList()))
            .ToList();
        CheckedAt = time.GetUtcNow();
        return Page();
    }

    private static string? Known(string? journal) => journal is not null && JournalIntegrity.Journals.Contains(journal) ? journal : null;
}

/// <summary>One journal of the organisation: its chains' entries that hold, the last one's time, and the first break.</summary>
public sealed record JournalSummary(string Journal, long Checked, DateTimeOffset? LastAt, JournalVerdict? Broken)
{
    public static JournalSummary Of(string journal, IReadOnlyList<JournalVerdict> verdicts) =>
        new(journal, verdicts.Sum(v => v.Checked), verdicts.Max(v => v.LastAt), verdicts.FirstOrDefault(v => !v.Intact));
}
