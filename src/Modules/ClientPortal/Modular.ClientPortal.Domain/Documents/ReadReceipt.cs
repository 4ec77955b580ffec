using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Documents;

/// <summary>Who downloaded a document, and when: a client user, or an API client of the company.</summary>
internal sealed class ReadReceipt : Entity<Guid>
{
    private ReadReceipt(Guid id, Guid documentId, Guid companyId, Guid? userId, string? clientId, DateTimeOffset at)
        : base(id)
    {
        DocumentId = documentId;
        CompanyId = companyId;
        UserId = userId;
        ClientId = clientId;
        At = at;
    }

    private ReadReceipt()
        : base(Guid.Empty)
    {
    }

    public Guid DocumentId { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? ClientId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static ReadReceipt Record(Guid documentId, Guid companyId, Guid? userId, string? clientId, DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), documentId, companyId, userId, clientId, at);
}
