using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;

namespace Modular.ClientPortal.Application.Ports;

/// <summary>
/// The full-text index of the documents, one per provider (SQLite FTS5, PostgreSQL <c>tsvector</c>
/// with the <c>french</c> configuration): a document's folded text is indexed when it is published
/// and its entry removed when it is purged, in the caller's transaction.
/// </summary>
internal interface IPortalSearch
{
    /// <summary>Adds the document's entry (saved with the caller's transaction).</summary>
    Task IndexAsync(PortalDocument document, CancellationToken cancellationToken);

    /// <summary>Removes the document's entry.</summary>
    Task RemoveAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>Whether the document has an entry (for checks and tests).</summary>
    Task<bool> IsIndexedAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the documents that pass <paramref name="filter"/> and hold every word of
    /// <paramref name="terms"/> (none: all), newest first; and how many pass in all.
    /// </summary>
    Task<(IReadOnlyList<PortalDocument> Page, int Total)> FindAsync(DocumentFilter filter, SearchTerms terms, int skip, int take, CancellationToken cancellationToken);
}
