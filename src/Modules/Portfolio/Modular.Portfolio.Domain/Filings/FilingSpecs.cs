using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Filings;

/// <summary>The firm's filings of a month (its first day), the latest first.</summary>
internal sealed class FilingsOfMonthSpec : Specification<Filing>
{
    public FilingsOfMonthSpec(Guid firmId, DateOnly month) =>
        Query.Where(f => f.FirmId == firmId && f.Month == month).OrderByDescending(f => f.DepositedAt).AsNoTracking();
}
