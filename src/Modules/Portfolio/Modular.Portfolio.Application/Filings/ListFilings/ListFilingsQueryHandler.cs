using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Filings.ListFilings;

/// <summary>
/// « Échéancier » of a month: each establishment the caller sees that the month concerns (one taken on
/// after that month's DSN was due is left out, unless a DSN for the month was deposited), its due
/// moment (noon on the 5th or 15th of the next month), and its latest DSN for the month: when, on
/// time or late, a replacement or not; or awaited, or overdue.
/// </summary>
internal sealed class ListFilingsQueryHandler(IPortfolioRepository repository, PortfolioAccess access, IPortfolioSettings settings, TimeProvider time)
    : IRequestHandler<ListFilingsQuery, Result<IReadOnlyList<FilingLineDto>>>
{
    public async Task<Result<IReadOnlyList<FilingLineDto>>> Handle(ListFilingsQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var month = new DateOnly(request.Month.Year, request.Month.Month, 1);
        var establishments = (await repository.ListAsync(new EstablishmentsOfFirmSpec(caller.Value.FirmId), cancellationToken))
            .Where(e => caller.Value.May(e, Responsibilities.View));
        var latest = (await repository.ListAsync(new FilingsOfMonthSpec(caller.Value.FirmId, month), cancellationToken))
            .GroupBy(f => f.EstablishmentId)
            .ToDictionary(g => g.Key, g => g.First());
        var now = time.GetUtcNow();
        var lines = new List<FilingLineDto>();
        foreach (var e in establishments)
        {
            var filing = latest.GetValueOrDefault(e.Id);
            DateTimeOffset? due = e.DueDay is { } day ? FilingDue.Of(month, day, settings.TimeZone) : null;
            if (FilingDue.Expects(e, month, due, filing is not null, settings.TimeZone))
            {
                lines.Add(new FilingLineDto(
                    e.Siret, e.Name, (Contracts.DueDay?)e.DueDay, due, filing?.DepositedAt,
                    (Contracts.FilingState)FilingDue.StateOf(filing?.DepositedAt, due, now), filing?.CancelsAndReplaces ?? false, filing?.DepositId));
            }
        }

        return lines;
    }
}
