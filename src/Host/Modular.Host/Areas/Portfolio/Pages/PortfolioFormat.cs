using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Portfolio.Contracts;

namespace Modular.Host.Areas.Portfolio.Pages;

/// <summary>How the portfolio's pages write a SIRET, an address, a month and a deposit's outcome.</summary>
public static class PortfolioFormat
{
    /// <summary>« 552 081 317 00018 », as people read it.</summary>
    public static string Siret(string siret) =>
        siret is { Length: 14 } ? $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}" : siret;

    public static string Address(EstablishmentAddressDto? address) =>
        address is null ? "" : string.Join(", ", new[] { address.Street, $"{address.PostalCode} {address.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>
    /// The first day of the month typed <c>YYYY-MM</c>; with nothing typed, the month before today's
    /// (the one being declared); null when the text is no month.
    /// </summary>
    public static DateOnly? MonthOf(string? text, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(text))
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }

        return DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month)
            ? month
            : null;
    }

    /// <summary>A partner group's name from the configured list (its code when it left the list); null for none.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(code))]
    public static string? Group(IReadOnlyList<PartnerGroupDto> groups, string? code)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return code is null ? null : groups.FirstOrDefault(g => g.Code == code)?.Name ?? code;
    }

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    public static string Moment(DateTimeOffset at) => PageTime.Moment(at);

    public static string Outcome(DepositLineDto line, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(localizer);
        return line.Outcome == DeclarationOutcome.Refused
            ? localizer[$"Portfolio.Outcome.Refused.{line.RefusalReason}"]
            : localizer[$"Portfolio.Outcome.{line.Outcome}"];
    }

    /// <summary>A line of an establishment's history in words, its detail read as <c>Journals</c> wrote it.</summary>
    public static string Journal(JournalEntryDto entry, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(localizer);
        var detail = entry.Detail ?? "";
        if (entry.Event == JournalEvent.Deposited && detail.Length >= 7 && MonthOf(detail[..7], TimeProvider.System) is { } month)
        {
            var rest = detail[7..].TrimStart();
            var replaces = rest.StartsWith("R ", StringComparison.Ordinal);
            return localizer[replaces ? "Portfolio.Journal.DepositedReplacing" : "Portfolio.Journal.Deposited", Month(month), replaces ? rest[2..] : rest];
        }

        return localizer[$"Portfolio.Journal.{entry.Event}", detail];
    }
}
