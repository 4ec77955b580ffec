using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;

namespace Modular.Delegation.Infrastructure.Persistence.Configurations;

internal sealed class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> mandate)
    {
        ArgumentNullException.ThrowIfNull(mandate);
        mandate.ToTable("mandates");
        mandate.HasKey(m => m.Id);
        mandate.Ignore(m => m.DomainEvents);
        mandate.Property(m => m.MandatorName).HasMaxLength(200);
        mandate.Property(m => m.MandataryName).HasMaxLength(MandateRequest.NameMaxLength);
        mandate.Property(m => m.MandataryEmail).HasMaxLength(320);
        mandate.Property(m => m.ServiceCode).HasMaxLength(100);
        mandate.Property(m => m.RevokedBy).HasConversion<string>().HasMaxLength(20);

        // Revoked once: two revocations at a time are a conflict.
        mandate.Property(m => m.RevokedAt).IsConcurrencyToken();

        // One mandate per request, however many approve it at once.
        mandate.HasIndex(m => m.RequestId).IsUnique();
        mandate.HasIndex(m => m.MandatorId);
        mandate.HasIndex(m => m.MandataryId);
        mandate.HasIndex(m => new { m.OrganisationId, m.ServiceCode });
    }
}
