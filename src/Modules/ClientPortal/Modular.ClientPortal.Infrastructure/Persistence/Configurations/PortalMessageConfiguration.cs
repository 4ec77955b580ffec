using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Messages;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalMessageConfiguration : IEntityTypeConfiguration<PortalMessage>
{
    public void Configure(EntityTypeBuilder<PortalMessage> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.ToTable("messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Topic).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Body).HasMaxLength(PortalMessage.BodyMaxLength);
        message.HasOne<ClientCompany>().WithMany().HasForeignKey(m => m.CompanyId).OnDelete(DeleteBehavior.Restrict);
        message.HasIndex(m => new { m.CompanyId, m.SentAt });
    }
}
