using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class AdministratorConfiguration : IEntityTypeConfiguration<PortfolioAdministrator>
{
    public void Configure(EntityTypeBuilder<PortfolioAdministrator> administrator)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        administrator.ToTable("administrators");
        administrator.HasKey(a => a.Id);
        administrator.HasIndex(a => new { a.FirmId, a.UserId }).IsUnique();
    }
}
