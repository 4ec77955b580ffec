using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Journals;
using Modular.Sharing.Domain.CaseFiles;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>
/// The case files' history: one chain per case file, since a case file deleted by its owner takes its
/// history with it (a chain per organisation would then show a gap where nothing was forged).
/// </summary>
internal sealed class SharingHistoryChain(SharingDbContext context) : HashChainedJournal<CaseFileHistoryEntry>(context)
{
    public override string Journal => "sharing";

    protected override Task<IReadOnlyDictionary<CaseFileHistoryEntry, Guid>> ChainsOfAsync(IReadOnlyList<CaseFileHistoryEntry> records, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<CaseFileHistoryEntry, Guid>>(records.ToDictionary(r => r, r => r.CaseFileId));

    protected override IQueryable<Guid> ChainsOf(Guid organisationId) =>
        context.CaseFiles.Where(c => c.OrganisationId == organisationId).Select(c => c.Id);

    protected override string RecordId(CaseFileHistoryEntry record) => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
