using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.ClientPortal.Infrastructure.Persistence;

namespace Modular.ClientPortal.Infrastructure.Search;

/// <summary>
/// The index on PostgreSQL: <c>search_entries</c> holds each document's folded text as a
/// <c>tsvector</c> of the <c>french</c> configuration (stems: « remboursements » is found by
/// « remboursement »), with a GIN index, beside its company; a search is a prefix <c>tsquery</c>
/// of the same configuration, always within one company.
/// </summary>
internal sealed class PostgreSqlPortalSearch(PortalDbContext context) : IPortalSearch
{
    public Task IndexAsync(PortalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.SearchDocument();
        return context.Database.ExecuteSqlAsync(
            $"INSERT INTO clientportal.search_entries (document_id, company_id, vector) VALUES ({document.Id}, {document.CompanyId}, to_tsvector('french', {text}))",
            cancellationToken);
    }

    public Task RemoveAsync(Guid documentId, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlAsync($"DELETE FROM clientportal.search_entries WHERE document_id = {documentId}", cancellationToken);

    public async Task<bool> IsIndexedAsync(Guid documentId, CancellationToken cancellationToken) =>
        await context.Database
            .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM clientportal.search_entries WHERE document_id = {documentId}")
            .SingleAsync(cancellationToken) > 0;

    public async Task<(IReadOnlyList<PortalDocument> Page, int Total)> FindAsync(DocumentFilter filter, SearchTerms terms, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(terms);
        IQueryable<PortalDocument> documents;
        if (terms.IsEmpty)
        {
            documents = context.Documents.AsNoTracking();
        }
        else
        {
            var query = terms.ToTsQuery();
            documents = context.Documents.FromSql($"""
                SELECT d.* FROM clientportal.documents AS d
                WHERE d."Id" IN (SELECT s.document_id FROM clientportal.search_entries AS s
                                 WHERE s.company_id = {filter.CompanyId} AND s.vector @@ to_tsquery('french', {query}))
                """).AsNoTracking();
        }

        var filtered = documents.Filter(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await filtered.OrderByDescending(d => d.PublishedAt).ThenBy(d => d.Title).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }
}
