using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.ClientPortal.Infrastructure.Persistence;

namespace Modular.ClientPortal.Infrastructure.Search;

/// <summary>
/// The index on SQLite: an FTS5 table (<c>search_entries</c>, tokenizer <c>unicode61
/// remove_diacritics 2</c>) over the folded text, its rows tied to documents by
/// <c>search_rows</c> (an FTS5 table cannot be searched by an unindexed column without a scan).
/// Each entry starts with a token naming its company, required by every search, so that the index
/// itself keeps one company's documents from another's (a common word still costs its posting list
/// over all companies: build/bench/portal.sh).
/// </summary>
internal sealed class SqlitePortalSearch(PortalDbContext context) : IPortalSearch
{
    public async Task IndexAsync(PortalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = Key(document.Id);
        var content = CompanyToken(document.CompanyId) + "\n" + document.SearchDocument();
        await context.Database.ExecuteSqlAsync($"INSERT INTO search_entries (content) VALUES ({content})", cancellationToken);
        await context.Database.ExecuteSqlAsync($"INSERT INTO search_rows (document_id, entry) VALUES ({key}, last_insert_rowid())", cancellationToken);
    }

    public async Task RemoveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var key = Key(documentId);
        await context.Database.ExecuteSqlAsync($"DELETE FROM search_entries WHERE rowid IN (SELECT entry FROM search_rows WHERE document_id = {key})", cancellationToken);
        await context.Database.ExecuteSqlAsync($"DELETE FROM search_rows WHERE document_id = {key}", cancellationToken);
    }

    public async Task<bool> IsIndexedAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var key = Key(documentId);
        return await context.Database
            .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM search_entries WHERE rowid IN (SELECT entry FROM search_rows WHERE document_id = {key})")
            .SingleAsync(cancellationToken) > 0;
    }

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
            var match = $"\"{CompanyToken(filter.CompanyId)}\" {terms.ToFts5()}";
            // CROSS JOIN fixes SQLite's join order: the index's matches first, then their rows. Left
            // to itself, the planner walks the company's documents by date and probes each one.
            documents = context.Documents.FromSql($"""
                SELECT d.* FROM search_entries
                CROSS JOIN search_rows AS r
                CROSS JOIN documents AS d
                WHERE search_entries MATCH {match} AND r.entry = search_entries.rowid AND d."Id" = r.document_id
                """).AsNoTracking();
        }

        var filtered = documents.Filter(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await filtered.OrderByDescending(d => d.PublishedAt).ThenBy(d => d.Title).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    /// <summary>The documents table's key as EF Core writes a Guid on SQLite: upper-case text.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>A word no text folds to (letters and digits only, so one token for the tokenizer).</summary>
    private static string CompanyToken(Guid companyId) => "company" + companyId.ToString("N");
}
