using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Invitations;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClientInvitationConfiguration : IEntityTypeConfiguration<ClientInvitation>
{
    public void Configure(EntityTypeBuilder<ClientInvitation> invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        invitation.ToTable("invitations");
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Email).HasMaxLength(254);
        invitation.Property(i => i.DisplayName).HasMaxLength(200);
        invitation.Property(i => i.Language).HasMaxLength(5);
        invitation.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
        invitation.Property(i => i.TokenHash).HasMaxLength(32);
        invitation.HasOne<ClientCompany>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Restrict);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => new { i.CompanyId, i.CreatedAt });
    }
}
