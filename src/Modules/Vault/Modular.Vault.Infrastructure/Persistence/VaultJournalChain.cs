using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Journals;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>The folders' journal: one chain per organisation (folders are never deleted from the database, so neither are their lines).</summary>
internal sealed class VaultJournalChain(VaultDbContext context) : HashChainedJournal<JournalEntry>(context)
{
    public override string Journal => "vault";

    protected override async Task<IReadOnlyDictionary<JournalEntry, Guid>> ChainsOfAsync(IReadOnlyList<JournalEntry> records, CancellationToken cancellationToken)
    {
        var folderIds = records.Select(r => r.FolderId).Distinct().ToList();
        var organisations = await context.Folders.IgnoreQueryFilters()
            .Where(f => folderIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.OrganisationId, cancellationToken);
        return records.Where(r => organisations.ContainsKey(r.FolderId)).ToDictionary(r => r, r => organisations[r.FolderId]);
    }

    protected override string RecordId(JournalEntry record) => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
