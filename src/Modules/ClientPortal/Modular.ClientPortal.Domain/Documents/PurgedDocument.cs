using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Documents;

/// <summary>
/// What stays of a document deleted at the end of its retention: its metadata (no text, no bytes),
/// so that its old links answer « effacé » rather than « introuvable », and for the insurer's records.
/// </summary>
internal sealed class PurgedDocument : Entity<Guid>
{
    private PurgedDocument(PortalDocument document, DateTimeOffset purgedAt)
        : base(document.Id)
    {
        CompanyId = document.CompanyId;
        InsurerId = document.InsurerId;
        Line = document.Line;
        Kind = document.Kind;
        Title = document.Title;
        DocumentDate = document.DocumentDate;
        Sha256 = document.Sha256;
        PublishedAt = document.PublishedAt;
        ExpiresAt = document.ExpiresAt;
        PurgedAt = purgedAt;
    }

    private PurgedDocument()
        : base(Guid.Empty)
    {
        Title = "";
        Sha256 = "";
    }

    public Guid CompanyId { get; private set; }

    public Guid InsurerId { get; private set; }

    public Line Line { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly DocumentDate { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset PurgedAt { get; private set; }

    public static PurgedDocument Of(PortalDocument document, DateTimeOffset purgedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PurgedDocument(document, purgedAt);
    }
}
