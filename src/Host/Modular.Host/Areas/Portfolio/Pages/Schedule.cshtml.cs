using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;

namespace Modular.Host.Areas.Portfolio.Pages;

/// <summary>
/// « Échéancier »: for a month, each establishment the caller reaches with its due moment and its
/// DSN (deposited when, on time or late, a replacement), or awaited, or overdue; filtered by state,
/// sorted by due date, name or SIRET, and exported as CSV.
/// </summary>
public sealed class PortfolioScheduleModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider time) : ModularPageModel(mediator, localizer)
{
    /// <summary>The month shown, <c>YYYY-MM</c>; the previous month by default (the one being declared).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public FilingState? State { get; set; }

    /// <summary><c>due</c> (default), <c>name</c> or <c>siret</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public DateOnly FirstDay { get; private set; }

    public IReadOnlyList<FilingLineDto> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var lines = await ReadAsync(cancellationToken);
        if (lines is null)
        {
            return NotFound();
        }

        Lines = lines;
        return Page();
    }

    /// <summary>The same lines as a CSV file (semicolons, UTF-8 with its mark, so that spreadsheets open it in French).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var lines = await ReadAsync(cancellationToken);
        if (lines is null)
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', new[] { "Portfolio.Siret", "Portfolio.Name", "Portfolio.DueDay", "Portfolio.Schedule.Due", "Portfolio.Schedule.DepositedAt", "Portfolio.Schedule.State", "Portfolio.Schedule.Replacement" }.Select(k => Cell(L[k]))));
        foreach (var line in lines)
        {
            csv.AppendLine(string.Join(';', new[]
            {
                line.Siret,
                line.Name ?? "",
                line.DueDay is { } day ? L[$"Portfolio.DueDay.{day}"].Value : "",
                line.Due is { } due ? PortfolioFormat.Moment(due) : "",
                line.DepositedAt is { } at ? PortfolioFormat.Moment(at) : "",
                L[$"Portfolio.Schedule.State.{line.State}"].Value,
                line.CancelsAndReplaces ? L["Portfolio.Schedule.Replacement"].Value : "",
            }.Select(Cell)));
        }

        return File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8", $"echeancier-{FirstDay:yyyy-MM}.csv");
    }

    private async Task<IReadOnlyList<FilingLineDto>?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!(await Mediator.Send(new GetPortfolioAccessQuery(), cancellationToken)).Value.HasAccess)
        {
            return null;
        }

        FirstDay = PortfolioFormat.MonthOf(Month, time) ?? PortfolioFormat.MonthOf(null, time)!.Value;
        Month = FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var result = await Mediator.Send(new ListFilingsQuery(FirstDay), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error!, prefix: null);
            return [];
        }

        IEnumerable<FilingLineDto> lines = result.Value.Where(l => State is null || l.State == State);
        lines = Sort switch
        {
            "name" => lines.OrderBy(l => l.Name ?? "\uffff", StringComparer.CurrentCultureIgnoreCase).ThenBy(l => l.Siret, StringComparer.Ordinal),
            "siret" => lines.OrderBy(l => l.Siret, StringComparer.Ordinal),
            _ => lines.OrderBy(l => l.Due ?? DateTimeOffset.MaxValue).ThenBy(l => l.Name ?? "\uffff", StringComparer.CurrentCultureIgnoreCase),
        };
        return [.. lines];
    }

    /// <summary>A CSV cell: quoted when it holds a separator, a quote or a line end; a leading =, +, - or @ neutralised for spreadsheets.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
