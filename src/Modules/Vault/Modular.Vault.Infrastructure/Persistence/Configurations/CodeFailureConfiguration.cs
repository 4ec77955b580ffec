using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class CodeFailureConfiguration : IEntityTypeConfiguration<CodeFailure>
{
    public void Configure(EntityTypeBuilder<CodeFailure> failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        failure.ToTable("code_failures");
        failure.HasKey(f => f.Id);
        failure.Property(f => f.RemoteAddress).HasMaxLength(CodeFailure.MaxAddressLength);
        failure.Property(f => f.Reason).HasMaxLength(40);
        failure.HasIndex(f => new { f.RemoteAddress, f.At });
        failure.HasIndex(f => f.At);
    }
}
