using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        filing.ToTable("filings");
        filing.HasKey(f => f.Id);
        filing.Ignore(f => f.DomainEvents);
        filing.Ignore(f => f.CancelsAndReplaces);
        filing.Ignore(f => f.Cancels);
        filing.Property(f => f.Siret).HasMaxLength(14);
        filing.Property(f => f.Nature).HasMaxLength(2);
        filing.Property(f => f.Type).HasMaxLength(2);
        filing.HasOne<Establishment>().WithMany().HasForeignKey(f => f.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        filing.HasOne<Deposit>().WithMany().HasForeignKey(f => f.DepositId).OnDelete(DeleteBehavior.Restrict);
        filing.HasIndex(f => new { f.FirmId, f.Month });
        filing.HasIndex(f => new { f.EstablishmentId, f.Month });
    }
}
