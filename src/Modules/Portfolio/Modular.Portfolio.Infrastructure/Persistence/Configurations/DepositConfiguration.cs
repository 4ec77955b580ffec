using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Deposits;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class DepositConfiguration : IEntityTypeConfiguration<Deposit>
{
    public void Configure(EntityTypeBuilder<Deposit> deposit)
    {
        ArgumentNullException.ThrowIfNull(deposit);
        deposit.ToTable("deposits");
        deposit.HasKey(d => d.Id);
        deposit.Ignore(d => d.DomainEvents);
        deposit.Property(d => d.FileName).HasMaxLength(Deposit.FileNameMaxLength);
        deposit.Property(d => d.Sha256).HasMaxLength(64);
        deposit.Property(d => d.DepositedByClient).HasMaxLength(100);
        deposit.Property(d => d.SenderSiren).HasMaxLength(9);
        deposit.Property(d => d.SenderNic).HasMaxLength(5);

        // A file is deposited once per firm: the same bytes again find the first deposit.
        deposit.HasIndex(d => new { d.FirmId, d.Sha256 }).IsUnique();
        deposit.HasIndex(d => d.Sha256);
        deposit.OwnsMany(d => d.Lines, line =>
        {
            line.ToTable("deposit_lines");
            line.WithOwner().HasForeignKey("DepositId");
            line.HasKey("DepositId", nameof(DepositLine.Position));
            line.Property(l => l.Position).ValueGeneratedNever();
            line.Property(l => l.Siret).HasMaxLength(14);
            line.Property(l => l.Nature).HasMaxLength(2);
            line.Property(l => l.Type).HasMaxLength(2);
            line.Property(l => l.Street).HasMaxLength(300);
            line.Property(l => l.PostalCode).HasMaxLength(20);
            line.Property(l => l.City).HasMaxLength(100);
            line.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.RefusalReason).HasMaxLength(30);
        });
        deposit.Navigation(d => d.Lines).HasField("_lines");
    }
}
