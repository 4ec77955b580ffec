using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;

namespace Modular.Delegation.Infrastructure.Persistence.Configurations;

internal sealed class MandateRequestConfiguration : IEntityTypeConfiguration<MandateRequest>
{
    public void Configure(EntityTypeBuilder<MandateRequest> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ToTable("mandate_requests");
        request.HasKey(r => r.Id);
        request.Ignore(r => r.DomainEvents);
        request.Property(r => r.MandatorName).HasMaxLength(200);
        request.Property(r => r.MandatorEmail).HasMaxLength(320);
        request.Property(r => r.MandataryEmail).HasMaxLength(320);
        request.Property(r => r.MandataryName).HasMaxLength(MandateRequest.NameMaxLength);
        request.Property(r => r.ServiceCode).HasMaxLength(100);
        request.Property(r => r.Category).HasConversion<string>().HasMaxLength(30);
        request.Property(r => r.LinkEmail).HasMaxLength(320);
        request.Property(r => r.LinkHash).HasMaxLength(64);
        request.Property(r => r.Language).HasMaxLength(5);

        // Every step moves the status on once: two at a time (the link used twice, two decisions) is a conflict.
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(30).IsConcurrencyToken();
        request.Property(r => r.RefusalReason).HasMaxLength(MandateRequest.ReasonMaxLength);
        request.Property(r => r.DocumentToSign).HasMaxLength(100);

        // The mandator's signature is missing only while their digital one is awaited.
        request.OwnsOne(r => r.MandatorSignature, Signature);
        request.OwnsOne(r => r.MandatarySignature, Signature);

        // The back office's queue, in order of receipt; a mandator's requests; a mandatary's per service.
        request.HasIndex(r => new { r.Status, r.ReceivedAt });
        request.HasIndex(r => new { r.OrganisationId, r.MandatorId });
        request.HasIndex(r => new { r.OrganisationId, r.ServiceCode, r.MandataryEmail });
        request.HasIndex(r => r.LinkHash).IsUnique();
    }

    private static void Signature<TOwner>(OwnedNavigationBuilder<TOwner, SignatureRecord> signature)
        where TOwner : class
    {
        signature.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        signature.Property(s => s.BlobId).HasMaxLength(100);
        signature.Property(s => s.ContentType).HasMaxLength(100);
        signature.Property(s => s.SignerSubject).HasMaxLength(500);
        signature.Property(s => s.DocumentBlobId).HasMaxLength(100);
    }
}
