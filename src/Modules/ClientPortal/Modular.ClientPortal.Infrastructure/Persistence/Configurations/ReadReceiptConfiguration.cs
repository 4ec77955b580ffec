using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReadReceiptConfiguration : IEntityTypeConfiguration<ReadReceipt>
{
    public void Configure(EntityTypeBuilder<ReadReceipt> receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        receipt.ToTable("read_receipts");
        receipt.HasKey(r => r.Id);
        receipt.Property(r => r.ClientId).HasMaxLength(100);

        // Receipts outlive their document (the insurer's record of who read what): no foreign key.
        receipt.HasIndex(r => new { r.DocumentId, r.UserId });
        receipt.HasIndex(r => new { r.CompanyId, r.At });
        receipt.IsHashChained();
    }
}
