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
/// of the same configuration, always within one company. The company is a lexeme of the vector
/// too, and every query requires it: GIN then walks the company's few entries and skips through
/// the words' long ones, instead of matching the words over the whole corpus and dropping the
/// other companies' rows (ADR 0034). The company's documents are still chosen by their column.
/// </summary>
internal sealed class PostgreSqlPortalSearch(PortalDbContext context) : IPortalSearch
{
    public Task IndexAsync(PortalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.SearchDocument();
        return context.Database.ExecuteSqlAsync(
            $"INSERT INTO clientportal.search_entries (document_id, company_id, vector) VALUES ({document.Id}, {document.CompanyId}, to_tsvector('french', {text}) || CAST({CompanyLexeme(document.CompanyId)} AS tsvector))",
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
            var company = CompanyLexeme(filter.CompanyId);
            documents = context.Documents.FromSql($"""
                SELECT d.* FROM clientportal.documents AS d
                WHERE d."Id" IN (SELECT s.document_id FROM clientportal.search_entries AS s
                                 WHERE s.vector @@ (to_tsquery('french', {query}) && CAST({company} AS tsquery)))
                """).AsNoTracking();
        }

        // The filter keeps the company's documents by their own column, whatever a text may contain.
        var filtered = documents.Filter(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await filtered.OrderByDescending(d => d.PublishedAt).ThenBy(d => d.Title).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    /// <summary>The company as one lexeme, as the SQLite index's company token: letters and digits, no text stems to it by chance.</summary>
    public static string CompanyLexeme(Guid companyId) => "company" + companyId.ToString("N");
}
