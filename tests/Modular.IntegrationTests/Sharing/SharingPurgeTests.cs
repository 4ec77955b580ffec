using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;
using Modular.Sharing.Infrastructure.Jobs;
using Modular.Sharing.Infrastructure.Persistence;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Sharing;

/// <summary>The purge job on a real sharing.db: what can no longer be used is forgotten, the rest is kept.</summary>
public sealed class SharingPurgeTests : IAsyncDisposable
{
    private readonly ModularHostFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Snapshots_of_expired_and_revoked_keys_and_restore_points_older_than_30_days_are_purged()
    {
        var now = DateTimeOffset.UtcNow;
        var owner = Guid.NewGuid();
        var content = new CaseFileContent(new ClientIdentity("Durand", "Paul", null, null, null, null), [new Policy("AXA", "A-1", "Auto", 300m)], "Notes", []);
        var caseFile = CaseFile.Create(owner, Guid.NewGuid(), content, now.AddDays(-40));
        var (expired, _) = ShareKey.Issue(caseFile, owner, now.AddDays(-31));
        var (revoked, _) = ShareKey.Issue(caseFile, owner, now.AddDays(-2));
        revoked.Revoke(now.AddDays(-1));
        var (pending, _) = ShareKey.Issue(caseFile, owner, now.AddDays(-1));
        caseFile.Overwrite(content with { Notes = "Import 1" }, expired.Id, owner, now.AddDays(-31));
        caseFile.Overwrite(content with { Notes = "Import 2" }, pending.Id, owner, now.AddDays(-1));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SharingDbContext>();
            context.AddRange(caseFile, expired, revoked, pending);
            await context.SaveChangesAsync(Ct);
        }

        var purged = await _factory.Services.GetRequiredService<SharingPurgeWorker>().PurgeAsync(Ct);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SharingDbContext>();
            var keys = await context.ShareKeys.AsNoTracking().ToDictionaryAsync(k => k.Id, Ct);
            Assert.Null(keys[expired.Id].Snapshot);
            Assert.Null(keys[revoked.Id].Snapshot);
            Assert.Equal(content, keys[pending.Id].Snapshot);
            var kept = Assert.Single(await context.RestorePoints.AsNoTracking().ToListAsync(Ct));
            Assert.Equal("Import 1", kept.Content.Notes);
        }

        Assert.Equal(2, purged);
    }
}
