using Modular.Portfolio.Domain.Journal;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>The establishments' journal: one chain per firm.</summary>
internal sealed class PortfolioJournalChain(PortfolioDbContext context) : HashChainedJournal<JournalEntry>(context)
{
    public override string Journal => "portfolio";

    protected override Task<IReadOnlyDictionary<JournalEntry, Guid>> ChainsOfAsync(IReadOnlyList<JournalEntry> records, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<JournalEntry, Guid>>(records.ToDictionary(r => r, r => r.FirmId));

    protected override string RecordId(JournalEntry record) => record.Id.ToString("D");
}
