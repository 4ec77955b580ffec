using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuthorisedClientConfiguration : IEntityTypeConfiguration<AuthorisedClient>
{
    public void Configure(EntityTypeBuilder<AuthorisedClient> authorisation)
    {
        ArgumentNullException.ThrowIfNull(authorisation);
        authorisation.ToTable("authorised_clients");
        authorisation.HasKey(a => a.Id);
        authorisation.Property(a => a.ClientServerId).HasMaxLength(100);
        authorisation.Property(a => a.ClientId).HasMaxLength(100);
        authorisation.Property(a => a.DisplayName).HasMaxLength(200);
        authorisation.HasOne<ClientCompany>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Restrict);

        // One company per API client at a time, whoever authorises first.
        authorisation.HasIndex(a => a.ClientServerId).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        authorisation.HasIndex(a => a.CompanyId);
    }
}
