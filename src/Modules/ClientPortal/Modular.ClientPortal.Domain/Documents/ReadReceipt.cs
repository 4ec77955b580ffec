using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Journals;

namespace Modular.ClientPortal.Domain.Documents;

/// <summary>Who downloaded a document, and when: a client user, or an API client of the company.</summary>
internal sealed class ReadReceipt : Entity<Guid>, IChainedRecord
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

    public Guid? ChainId { get; private set; }

    public long? ChainPosition { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public void Seal(ChainLink link) => (ChainId, ChainPosition, PreviousHash, Hash) = (link.ChainId, link.Position, link.PreviousHash, link.Hash);

    public IReadOnlyList<string?> ChainedFields() =>
        [HashChain.Field(Id), HashChain.Field(DocumentId), HashChain.Field(CompanyId), HashChain.Field(UserId), ClientId, HashChain.Field(At)];
}
