using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        invitation.ToTable("invitations");
        invitation.HasKey(i => i.Id);
        invitation.Ignore(i => i.DomainEvents);
        invitation.Ignore(i => i.AttemptsLeft);
        invitation.Property(i => i.OrganisationName).HasMaxLength(200);
        invitation.Property(i => i.LinkChannel).HasConversion<string>().HasMaxLength(10);
        invitation.Property(i => i.CodeChannel).HasConversion<string>().HasMaxLength(10);
        invitation.Property(i => i.Comment).HasMaxLength(Invitation.MaxCommentLength);
        invitation.Property(i => i.TokenHash).HasMaxLength(32);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.Property(i => i.CodeHash).HasMaxLength(32);
        invitation.Property(i => i.SessionHash).HasMaxLength(32);
        invitation.Property(i => i.ProtectedCode).HasMaxLength(500);
        invitation.Property(i => i.CreatedByEmail).HasMaxLength(320);
        invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasIndex(i => new { i.PersonId, i.CreatedAt });
    }
}
