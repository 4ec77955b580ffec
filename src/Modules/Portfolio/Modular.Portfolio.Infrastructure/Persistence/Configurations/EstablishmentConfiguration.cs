using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> establishment)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        establishment.ToTable("establishments");
        establishment.HasKey(e => e.Id);
        establishment.Ignore(e => e.DomainEvents);
        establishment.Ignore(e => e.Status);
        establishment.Ignore(e => e.Address);
        establishment.Property(e => e.Siret).HasMaxLength(14);
        establishment.Property(e => e.Name).HasMaxLength(Establishment.NameMaxLength);
        establishment.Property(e => e.SearchName).HasMaxLength(Establishment.NameMaxLength);
        establishment.Property(e => e.SuggestedName).HasMaxLength(Establishment.NameMaxLength);
        establishment.Property(e => e.PartnerGroup).HasMaxLength(50);
        establishment.Property(e => e.Street).HasMaxLength(300);
        establishment.Property(e => e.PostalCode).HasMaxLength(20);
        establishment.Property(e => e.City).HasMaxLength(100);
        establishment.Ignore(e => e.DeclaredAddress);
        establishment.Property(e => e.DeclaredStreet).HasMaxLength(300);
        establishment.Property(e => e.DeclaredPostalCode).HasMaxLength(20);
        establishment.Property(e => e.DeclaredCity).HasMaxLength(100);

        // One row per SIRET and firm, whatever happens to the establishment (removed ones come back).
        establishment.HasIndex(e => new { e.FirmId, e.Siret }).IsUnique();
        establishment.HasIndex(e => new { e.FirmId, e.SearchName });
    }
}
