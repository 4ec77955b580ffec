using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Messaging;

namespace Modular.ClientPortal.Application.Ports;

/// <summary>A document as an email lists it: no text, no file.</summary>
internal sealed record MailDocument(
    Guid Id, Guid CompanyId, Line Line, DocumentKind Kind, string Title, DateOnly DocumentDate, DateTimeOffset PublishedAt, DateTimeOffset ExpiresAt);

/// <summary>A document that may be due for an expiry reminder, and the last one it had.</summary>
internal sealed record ReminderCandidate(Guid Id, Guid CompanyId, DateTimeOffset ExpiresAt, int? LastReminderDays);

/// <summary>
/// What the portal's emails need from the module's store: the documents they list (read without
/// their text), the claim of each expiry reminder, and the outbox that carries the emails to the
/// module's consumers.
/// </summary>
internal interface IPortalMailStore
{
    /// <summary>Adds the event to the module's outbox; it is saved with the next SaveChanges.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>Which of these events are already in the module's outbox, published or not.</summary>
    Task<IReadOnlySet<Guid>> QueuedAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>The documents published from <paramref name="from"/> (included) to <paramref name="to"/> (excluded) and still on the portal at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<MailDocument>> PublishedBetweenAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="documentIds"/> that are the company's and still on the portal at <paramref name="now"/>, first to go first.</summary>
    Task<IReadOnlyList<MailDocument>> StillOnPortalAsync(Guid companyId, IReadOnlyCollection<Guid> documentIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// The documents still on the portal at <paramref name="now"/> that end within the widest
    /// reminder window after <paramref name="moment"/> and have not had the narrowest reminder yet.
    /// </summary>
    Task<IReadOnlyList<ReminderCandidate>> ReminderCandidatesAsync(DateTimeOffset moment, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records the <paramref name="days"/>-day reminder of the document by one conditional update
    /// (no reminder as close yet, still on the portal): true for the one caller that changed the row.
    /// </summary>
    Task<bool> TryClaimReminderAsync(Guid documentId, int days, DateTimeOffset now, CancellationToken cancellationToken);
}
