using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;

namespace Modular.ClientPortal.Application.Documents;

/// <summary>Documents as a reader sees them: new or not for them, days left, the words found marked.</summary>
internal sealed class DocumentItems(IPortalRepository repository, TimeProvider time)
{
    public async Task<IReadOnlyList<PortalDocumentItemDto>> OfAsync(PortalReader reader, IReadOnlyList<PortalDocument> documents, SearchTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(documents);
        var downloaded = documents.Count == 0
            ? new HashSet<Guid>()
            : await repository.DownloadedAsync([.. documents.Select(d => d.Id)], reader.UserId, cancellationToken);
        var now = time.GetUtcNow();
        return [.. documents.Select(d => new PortalDocumentItemDto(
            d.ToDto(),
            !downloaded.Contains(d.Id),
            Retention.DaysLeft(d.ExpiresAt, now),
            Highlights.Mark(d.Title, terms),
            Highlights.Excerpt(d.Text, terms)))];
    }
}
