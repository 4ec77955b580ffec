using System.Globalization;
using Modular.Portfolio.Application.Establishments;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Seeding;

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

    /// <summary>An establishment's details as completed: name · partner group's name · due day.</summary>
    public static string Details(this Establishment establishment, IPortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        var partner = establishment.PartnerGroup is { } code ? PartnerGroups.NameOf(settings, code) : "";
        return $"{establishment.Name} · {partner} · {(int?)establishment.DueDay}";
    }

    /// <summary>A seeding request's line: the partner group's name · the address it went to.</summary>
    public static string SeedingDetail(SeedingRequest request, IPortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{PartnerGroups.NameOf(settings, request.PartnerGroup)} · {request.ContactEmail}";
    }
}
