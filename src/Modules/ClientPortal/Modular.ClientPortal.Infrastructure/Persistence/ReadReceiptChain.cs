using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>The portal's read receipts: one chain per insurer (receipts outlive their documents).</summary>
internal sealed class ReadReceiptChain(PortalDbContext context) : HashChainedJournal<ReadReceipt>(context)
{
    public override string Journal => "portal";

    protected override async Task<IReadOnlyDictionary<ReadReceipt, Guid>> ChainsOfAsync(IReadOnlyList<ReadReceipt> records, CancellationToken cancellationToken)
    {
        var companyIds = records.Select(r => r.CompanyId).Distinct().ToList();
        var insurers = await context.Companies.IgnoreQueryFilters()
            .Where(c => companyIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.InsurerId, cancellationToken);
        return records.Where(r => insurers.ContainsKey(r.CompanyId)).ToDictionary(r => r, r => insurers[r.CompanyId]);
    }

    protected override string RecordId(ReadReceipt record) => record.Id.ToString("D");
}
