using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClientCompanyConfiguration : IEntityTypeConfiguration<ClientCompany>
{
    public void Configure(EntityTypeBuilder<ClientCompany> company)
    {
        ArgumentNullException.ThrowIfNull(company);
        company.ToTable("companies");
        company.HasKey(c => c.Id);
        company.Ignore(c => c.DomainEvents);
        company.Ignore(c => c.TotalPremiumCentimes);
        company.Property(c => c.Name).HasMaxLength(ClientCompany.NameMaxLength);
        company.Property(c => c.SearchName).HasMaxLength(ClientCompany.NameMaxLength);
        company.Property(c => c.Uid).HasMaxLength(15);
        company.Property(c => c.Street).HasMaxLength(200);
        company.Property(c => c.PostalCode).HasMaxLength(4);
        company.Property(c => c.City).HasMaxLength(100);
        company.Property(c => c.CopyEmail).HasMaxLength(254);
        company.OwnsOne(c => c.CopyAddress, copy =>
        {
            copy.Property(a => a.Name).HasColumnName("CopyName").HasMaxLength(ClientCompany.NameMaxLength);
            copy.Property(a => a.Street).HasColumnName("CopyStreet").HasMaxLength(200);
            copy.Property(a => a.PostalCode).HasColumnName("CopyPostalCode").HasMaxLength(10);
            copy.Property(a => a.City).HasColumnName("CopyCity").HasMaxLength(100);
            copy.Property(a => a.Country).HasColumnName("CopyCountry").HasMaxLength(60);
        });

        // One company per UID and insurer, whoever saves first.
        company.HasIndex(c => new { c.InsurerId, c.Uid }).IsUnique();
        company.HasIndex(c => new { c.InsurerId, c.SearchName });
        company.OwnsMany(c => c.Contracts, contract =>
        {
            contract.ToTable("company_contracts");
            contract.WithOwner().HasForeignKey("CompanyId");
            contract.Property<int>("Id");
            contract.HasKey("Id");
            contract.Property(c => c.Line).HasConversion<string>().HasMaxLength(10);
            contract.Property(c => c.Number).HasMaxLength(Contract.NumberMaxLength);
        });
        company.Navigation(c => c.Contracts).HasField("_contracts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
