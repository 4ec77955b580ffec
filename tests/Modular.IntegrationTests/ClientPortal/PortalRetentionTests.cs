using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Modular.ClientPortal.Infrastructure.Jobs;
using static Modular.IntegrationTests.ClientPortal.PortalApiCalls;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.ClientPortal;

public sealed class PortalRetentionOnSqliteTests(PortalApiFixture fixture) : PortalRetentionTests(fixture), IClassFixture<PortalApiFixture>;

public sealed class PortalRetentionOnPostgreSqlTests(PostgreSqlPortalApiFixture fixture) : PortalRetentionTests(fixture), IClassFixture<PostgreSqlPortalApiFixture>;

/// <summary>
/// Documents leave the portal at the end of their retention: readers stop reaching them at once
/// (410), and the purge removes the row, the search entry and the bytes, keeping a journal line.
/// A class of its own: it moves its Host's clock a year ahead.
/// </summary>
public abstract class PortalRetentionTests(PortalApiFixture fixture)
{
    [Fact]
    public async Task An_expired_document_is_gone_for_readers_then_purged_with_its_bytes_and_index_entry()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var word = UniqueWord("Chiropraxie");
        var pdf = Pdf("Remboursement", "Séances de " + word + ".");
        var published = await ExpectAsync(await PublishAsync(system, favre, pdf, type: "CostReimbursement", title: "Remboursement " + word), HttpStatusCode.Created);
        var id = published.GetProperty("id").GetGuid();
        var blob = Path.Combine(fixture.Host.DataDirectory, "blobs", "portal", published.GetProperty("sha256").GetString()![..2], published.GetProperty("sha256").GetString()!);
        Assert.True(File.Exists(blob));
        Assert.True(await IndexedAsync(id));

        // Past its end, before the purge: the reader's old link says it is gone, the lists leave it out.
        fixture.Host.Time.Advance(TimeSpan.FromDays(366));
        var reader = await fixture.ReaderAsync();
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}/{id}"), HttpStatusCode.Gone, "portal-document-expired");
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}/{id}/content"), HttpStatusCode.Gone, "portal-document-expired");
        Assert.Equal(0, (await ExpectAsync(await reader.GetAsync($"{Documents}?q={word}"), HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());

        var purged = await fixture.Host.Services.GetRequiredService<PortalRetentionWorker>().PurgeAsync(Ct);

        Assert.True(purged >= 1);
        Assert.Equal(0L, await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM documents WHERE " + fixture.Host.GuidEquals("Id", id)));
        Assert.False(await IndexedAsync(id));
        Assert.False(File.Exists(blob));
        Assert.Equal(1L, await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM purged_documents WHERE " + fixture.Host.GuidEquals("Id", id)));
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}/{id}/content"), HttpStatusCode.Gone, "portal-document-expired");

        // Nothing is left to purge; a second pass changes nothing.
        Assert.Equal(0, await fixture.Host.Services.GetRequiredService<PortalRetentionWorker>().PurgeAsync(Ct));
    }

    /// <summary>Whether the search index holds the document, read as an operator would.</summary>
    private async Task<bool> IndexedAsync(Guid id) => fixture.Host.PostgreSqlConnectionString is null
        ? await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM search_entries WHERE rowid IN (SELECT entry FROM search_rows WHERE document_id = @id)", ("id", id.ToString().ToUpperInvariant())) > 0
        : await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM search_entries WHERE document_id = @id", ("id", id)) > 0;
}
