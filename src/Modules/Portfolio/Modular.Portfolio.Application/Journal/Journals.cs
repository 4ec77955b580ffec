using System.Globalization;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;

namespace Modular.Portfolio.Application.Journal;

/// <summary>The details the journal keeps, written one way for the pages and the API to read.</summary>
internal static class Journals
{
    /// <summary>A deposit's line: the declared month (<c>YYYY-MM</c>), <c>R</c> for a cancel-and-replace, then the file's name.</summary>
    public static string DepositDetail(Filing filing, string fileName)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var month = filing.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return filing.CancelsAndReplaces ? $"{month} R {fileName}" : $"{month} {fileName}";
    }

    /// <summary>An establishment's details as completed: name · partner group · due day.</summary>
    public static string Details(this Establishment establishment)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        return $"{establishment.Name} · {establishment.PartnerGroup} · {(int?)establishment.DueDay}";
    }
}
