using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<DelegationProfile>
{
    public void Configure(EntityTypeBuilder<DelegationProfile> profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.ToTable("delegation_profiles");
        profile.HasKey(p => p.Id);
        profile.Ignore(p => p.DomainEvents);
        profile.Ignore(p => p.HasRule);
        profile.Property(p => p.Name).HasMaxLength(DelegationProfile.NameMaxLength);
        profile.Property(p => p.RulePartnerGroup).HasMaxLength(50);

        // The chosen establishments and the collaborators: lists of ids, kept as JSON in the row.
        profile.PrimitiveCollection(p => p.Establishments).HasField("_establishments").UsePropertyAccessMode(PropertyAccessMode.Field);
        profile.PrimitiveCollection(p => p.Collaborators).HasField("_collaborators").UsePropertyAccessMode(PropertyAccessMode.Field);
        profile.HasIndex(p => p.FirmId);
    }
}
