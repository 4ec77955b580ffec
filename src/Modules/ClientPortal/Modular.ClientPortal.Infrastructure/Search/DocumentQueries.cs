using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Infrastructure.Search;

/// <summary>The filters of a document list, the same on both providers (the words are each provider's).</summary>
internal static class DocumentQueries
{
    public static IQueryable<PortalDocument> Filter(this IQueryable<PortalDocument> documents, DocumentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var alive = filter.AliveAt;
        documents = documents.Where(d => d.CompanyId == filter.CompanyId && d.ExpiresAt > alive);
        if (filter.Line is { } line)
        {
            documents = documents.Where(d => d.Line == line);
        }

        if (filter.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            documents = documents.Where(d => d.DocumentDate >= first && d.DocumentDate <= last);
        }

        if (filter.From is { } from)
        {
            documents = documents.Where(d => d.DocumentDate >= from);
        }

        if (filter.To is { } to)
        {
            documents = documents.Where(d => d.DocumentDate <= to);
        }

        if (filter.ExpiringBefore is { } before)
        {
            documents = documents.Where(d => d.ExpiresAt <= before);
        }

        return documents;
    }
}
