using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Seeding;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class SeedingRequestConfiguration : IEntityTypeConfiguration<SeedingRequest>
{
    public void Configure(EntityTypeBuilder<SeedingRequest> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ToTable("seeding_requests");
        request.HasKey(r => r.Id);
        request.Ignore(r => r.DomainEvents);
        request.Property(r => r.Siret).HasMaxLength(14);
        request.Property(r => r.PartnerGroup).HasMaxLength(50);
        request.Property(r => r.ContactEmail).HasMaxLength(320);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        request.HasIndex(r => new { r.EstablishmentId, r.RequestedAt });
        request.HasIndex(r => new { r.Status, r.RequestedAt });
    }
}
