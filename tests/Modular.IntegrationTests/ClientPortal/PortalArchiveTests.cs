using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using static Modular.IntegrationTests.ClientPortal.PortalApiCalls;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.ClientPortal;

public sealed class PortalArchiveOnSqliteTests(PortalApiFixture fixture) : PortalArchiveTests(fixture), IClassFixture<PortalApiFixture>;

public sealed class PortalArchiveOnPostgreSqlTests(PostgreSqlPortalApiFixture fixture) : PortalArchiveTests(fixture), IClassFixture<PostgreSqlPortalApiFixture>;

/// <summary>
/// Several documents as one ZIP through the API (<c>POST /api/v1/portal/documents/archive</c>), as a
/// client user's app asks for them, on both providers: the chosen ones or those about to be
/// deleted, all of the caller's company or nothing, each recorded as downloaded.
/// </summary>
public abstract class PortalArchiveTests(PortalApiFixture fixture)
{
    private const string Archive = Documents + "/archive";

    [Fact]
    public async Task A_ZIP_holds_exactly_the_chosen_documents_with_their_bytes_the_same_names_numbered_and_a_receipt_each()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var first = Pdf("Lettre de prise en charge", "Première lettre " + UniqueWord("a"));
        var second = Pdf("Lettre de prise en charge", "Seconde lettre " + UniqueWord("b"));
        var statement = Pdf("Décompte", "Décompte " + UniqueWord("c"));
        var firstId = await PublishedIdAsync(await PublishAsync(system, favre, first, fileName: "lettre.pdf"));
        var secondId = await PublishedIdAsync(await PublishAsync(system, favre, second, fileName: "Lettre.pdf"));
        var statementId = await PublishedIdAsync(await PublishAsync(system, favre, statement, type: "BenefitStatement", title: "Décompte", fileName: "décompte.pdf"));
        var notChosenId = await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Autre", "Autre"), fileName: "autre.pdf"));
        var reader = await fixture.ReaderAsync();

        // An id given twice counts once.
        var response = await reader.PostAsync(Archive, new { documentIds = new[] { firstId, secondId, firstId, statementId } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".zip", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var entries = await EntriesAsync(response);
        Assert.Equal(["lettre.pdf", "Lettre (2).pdf", "décompte.pdf"], entries.Select(e => e.Name));
        Assert.Equal(first, entries[0].Bytes);
        Assert.Equal(second, entries[1].Bytes);
        Assert.Equal(statement, entries[2].Bytes);

        foreach (var id in new[] { firstId, secondId, statementId })
        {
            Assert.Equal(1L, await ReceiptsAsync(id));
            Assert.False((await ExpectAsync(await reader.GetAsync($"{Documents}/{id}"), HttpStatusCode.OK)).GetProperty("isNew").GetBoolean());
        }

        Assert.Equal(0L, await ReceiptsAsync(notChosenId));
    }

    [Fact]
    public async Task An_id_of_another_company_refuses_the_whole_ZIP_as_not_found_and_nothing_is_recorded()
    {
        var system = await fixture.SystemAsync();
        var mine = await PublishedIdAsync(await PublishAsync(system, await CompanyIdAsync(system, "Favre"), Pdf("Lettre", "Texte " + UniqueWord("m"))));
        var theirs = await PublishedIdAsync(await PublishAsync(system, await CompanyIdAsync(system, "Berset"), Pdf("Lettre", "Texte " + UniqueWord("t"))));
        var reader = await fixture.ReaderAsync();

        await ExpectProblemAsync(await reader.PostAsync(Archive, new { documentIds = new[] { mine, theirs } }), HttpStatusCode.NotFound, "portal-document-not-found");
        await ExpectProblemAsync(await reader.PostAsync(Archive, new { documentIds = new[] { mine, Guid.NewGuid() } }), HttpStatusCode.NotFound, "portal-document-not-found");

        Assert.Equal(0L, await ReceiptsAsync(mine));
        Assert.Equal(0L, await ReceiptsAsync(theirs));
    }

    [Fact]
    public async Task A_document_past_its_end_refuses_the_whole_ZIP_as_gone_and_nothing_is_recorded()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var alive = await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte " + UniqueWord("v"))));
        var ended = await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte " + UniqueWord("e"))));
        Assert.Equal(1, await fixture.Host.ExecuteAsync("ClientPortal", "UPDATE documents SET \"ExpiresAt\" = \"PublishedAt\" WHERE " + fixture.Host.GuidEquals("Id", ended)));
        var reader = await fixture.ReaderAsync();

        await ExpectProblemAsync(await reader.PostAsync(Archive, new { documentIds = new[] { alive, ended } }), HttpStatusCode.Gone, "portal-document-expired");

        Assert.Equal(0L, await ReceiptsAsync(alive));
        Assert.Equal(0L, await ReceiptsAsync(ended));
    }

    [Fact]
    public async Task An_empty_or_too_large_or_mixed_request_is_refused_with_its_own_problem()
    {
        var reader = await fixture.ReaderAsync();

        var empty = await ExpectProblemAsync(await reader.PostAsync(Archive, new { documentIds = Array.Empty<Guid>() }), HttpStatusCode.UnprocessableEntity, "portal-archive-empty");
        Assert.Equal("Cochez au moins un document à télécharger.", empty.GetProperty("detail").GetString());
        Assert.True(empty.GetProperty("errors").TryGetProperty("DocumentIds", out _));
        await ExpectProblemAsync(await reader.PostAsync(Archive, new { }), HttpStatusCode.UnprocessableEntity, "portal-archive-empty");

        var tooMany = await ExpectProblemAsync(
            await reader.PostAsync(Archive, new { documentIds = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray() }), HttpStatusCode.UnprocessableEntity, "portal-archive-too-many");
        Assert.Equal("Cochez au plus 100 documents par fichier ZIP.", tooMany.GetProperty("detail").GetString());

        await ExpectProblemAsync(await reader.PostAsync(Archive, new { documentIds = new[] { Guid.NewGuid() }, expiringWithinDays = 30 }), HttpStatusCode.UnprocessableEntity, "portal-archive-request-invalid");
        await ExpectProblemAsync(await reader.PostAsync(Archive, new { expiringWithinDays = 31 }), HttpStatusCode.UnprocessableEntity, "portal-archive-request-invalid");
        await ExpectProblemAsync(await reader.PostAsync(Archive, new { expiringWithinDays = 0 }), HttpStatusCode.UnprocessableEntity, "portal-archive-request-invalid");

        // A publisher's token does not read.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.SystemAsync()).PostAsync(Archive, new { expiringWithinDays = 30 })).StatusCode);
    }

    [Fact]
    public async Task The_documents_leaving_the_portal_within_30_days_come_as_one_ZIP_each_recorded()
    {
        var reader = await fixture.ReaderAsync();
        var listed = await ExpectAsync(await reader.GetAsync($"{Documents}?expiringWithinDays=30&pageSize=100"), HttpStatusCode.OK);
        var expiring = listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("document")).ToList();

        // The demo company has one document published 341 days ago.
        Assert.NotEmpty(expiring);
        var response = await reader.PostAsync(Archive, new { expiringWithinDays = 30 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await EntriesAsync(response);
        Assert.Equal(expiring.Select(d => d.GetProperty("sha256").GetString()), entries.Select(e => Convert.ToHexStringLower(SHA256.HashData(e.Bytes))));
        Assert.Equal(expiring.Select(d => d.GetProperty("fileName").GetString()), entries.Select(e => e.Name));
        foreach (var document in expiring)
        {
            Assert.True(await ReceiptsAsync(document.GetProperty("id").GetGuid()) >= 1);
        }

        var after = await ExpectAsync(await reader.GetAsync($"{Documents}?expiringWithinDays=30&pageSize=100"), HttpStatusCode.OK);
        Assert.All(after.GetProperty("items").EnumerateArray(), i => Assert.False(i.GetProperty("isNew").GetBoolean()));
    }

    private static async Task<List<(string Name, byte[] Bytes)>> EntriesAsync(HttpResponseMessage response)
    {
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), ZipArchiveMode.Read);
        var entries = new List<(string Name, byte[] Bytes)>();
        foreach (var entry in zip.Entries)
        {
            await using var content = await entry.OpenAsync(Ct);
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes, Ct);
            entries.Add((entry.FullName, bytes.ToArray()));
        }

        return entries;
    }

    private Task<long> ReceiptsAsync(Guid documentId) =>
        fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM read_receipts WHERE " + fixture.Host.GuidEquals("DocumentId", documentId));
}
