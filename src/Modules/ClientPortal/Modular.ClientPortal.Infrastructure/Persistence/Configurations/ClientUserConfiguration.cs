using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClientUserConfiguration : IEntityTypeConfiguration<ClientUser>
{
    public void Configure(EntityTypeBuilder<ClientUser> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        member.ToTable("client_users");
        member.HasKey(m => m.Id);
        member.Ignore(m => m.IsActive);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        member.HasOne<ClientCompany>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Restrict);

        // An account belongs to one company at most, whoever adds it first.
        member.HasIndex(m => m.UserId).IsUnique();
        member.HasIndex(m => m.CompanyId);
    }
}
