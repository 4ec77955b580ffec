using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        ArgumentNullException.ThrowIfNull(person);
        person.ToTable("people");
        person.HasKey(p => p.Id);
        person.Ignore(p => p.DomainEvents);
        person.Ignore(p => p.DisplayName);
        person.Ignore(p => p.HasPostalAddress);
        person.Property(p => p.OrganisationName).HasMaxLength(200);
        person.Property(p => p.LastName).HasMaxLength(Person.MaxNameLength);
        person.Property(p => p.FirstName).HasMaxLength(Person.MaxNameLength);
        person.Property(p => p.Company).HasMaxLength(Person.MaxLineLength);
        person.Property(p => p.Email).HasMaxLength(320);
        person.Property(p => p.Mobile).HasMaxLength(16);
        person.Property(p => p.AddressLine1).HasMaxLength(Person.MaxLineLength);
        person.Property(p => p.AddressLine2).HasMaxLength(Person.MaxLineLength);
        person.Property(p => p.PostalCode).HasMaxLength(20);
        person.Property(p => p.City).HasMaxLength(Person.MaxNameLength);
        person.Property(p => p.Country).HasMaxLength(Person.MaxNameLength);
        person.Property(p => p.SearchText).HasMaxLength(1000);
        person.HasIndex(p => new { p.OrganisationId, p.LastName });
        // An account is one person of a vault's directory at most.
        person.HasIndex(p => new { p.OrganisationId, p.LinkedUserId }).IsUnique().HasFilter("\"LinkedUserId\" IS NOT NULL");
        person.HasIndex(p => p.LinkedUserId);
    }
}
