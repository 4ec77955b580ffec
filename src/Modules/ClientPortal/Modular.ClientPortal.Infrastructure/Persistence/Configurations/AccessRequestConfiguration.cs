using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Requests;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ToTable("access_requests");
        request.HasKey(r => r.Id);
        request.Ignore(r => r.DomainEvents);
        request.Property(r => r.CompanyName).HasMaxLength(ClientCompany.NameMaxLength);
        request.Property(r => r.Uid).HasMaxLength(15);
        request.Property(r => r.FirstName).HasMaxLength(AccessRequest.NameMaxLength);
        request.Property(r => r.LastName).HasMaxLength(AccessRequest.NameMaxLength);
        request.Property(r => r.Email).HasMaxLength(254);
        request.Property(r => r.Phone).HasMaxLength(20);
        request.Property(r => r.Language).HasMaxLength(5);
        request.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
        request.Property(r => r.RefusalReason).HasMaxLength(1000);
        request.HasIndex(r => new { r.InsurerId, r.State, r.SubmittedAt });
        request.OwnsMany(r => r.Contracts, contract =>
        {
            contract.ToTable("access_request_contracts");
            contract.WithOwner().HasForeignKey("RequestId");
            contract.Property<int>("Id");
            contract.HasKey("Id");
            contract.Property(c => c.Line).HasConversion<string>().HasMaxLength(10);
            contract.Property(c => c.Number).HasMaxLength(Contract.NumberMaxLength);
        });
        request.Navigation(r => r.Contracts).HasField("_contracts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
