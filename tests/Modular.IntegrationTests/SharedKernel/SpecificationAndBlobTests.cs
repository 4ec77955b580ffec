using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Modular.IntegrationTests.SharedKernel;

public sealed class SpecificationAndBlobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_evaluator_applies_criteria_ordering_paging_includes_and_projections_in_sql()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("modular-spec-").FullName;
        await using var services = TestModule.Build(dataDirectory);
        await TestModule.CreateDatabaseAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TestModuleDbContext>();
            var now = DateTimeOffset.UtcNow;
            context.Notes.AddRange(
                new Note(Guid.NewGuid(), "a-low", 1, now),
                new Note(Guid.NewGuid(), "a-high", 9, now),
                new Note(Guid.NewGuid(), "a-mid-2", 5, now),
                new Note(Guid.NewGuid(), "a-mid-1", 5, now),
                new Note(Guid.NewGuid(), "b-other", 7, now) { Tags = { new Tag { Label = "x" }, new Tag { Label = "y" } } });
            await context.SaveChangesAsync(Ct);
        }

        await using var read = services.CreateAsyncScope();
        var notes = read.ServiceProvider.GetRequiredService<TestModuleDbContext>().Notes;

        var firstPage = await SpecificationEvaluator.Apply(notes, new NotesByRankSpec("a-", page: 1, pageSize: 3)).ToListAsync(Ct);
        var secondPage = await SpecificationEvaluator.Apply(notes, new NotesByRankSpec("a-", page: 2, pageSize: 3)).ToListAsync(Ct);
        var total = await SpecificationEvaluator.ApplyFilter(notes, new NotesByRankSpec("a-", 1, 3)).CountAsync(Ct);
        var titles = await SpecificationEvaluator.Apply(notes, new NoteTitlesSpec()).ToListAsync(Ct);

        Assert.Equal(["a-high", "a-mid-1", "a-mid-2"], firstPage.Select(n => n.Title));
        Assert.Equal(["a-low"], secondPage.Select(n => n.Title));
        Assert.Equal(4, total);
        Assert.Equal(["b-other (2)"], titles);
        Assert.Empty(read.ServiceProvider.GetRequiredService<TestModuleDbContext>().ChangeTracker.Entries());
    }

    [Fact]
    public async Task The_blob_store_keeps_content_once_by_its_hash_and_streams_it_back()
    {
        var root = Directory.CreateTempSubdirectory("modular-blobs-").FullName;
        var store = new FileSystemBlobStore(root);
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var first = await store.PutAsync(new MemoryStream(bytes), Ct);
        var second = await store.PutAsync(new MemoryStream(bytes), Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.Id);
        Assert.Equal(first, second);
        Assert.Equal(300_000, first.Length);
        Assert.Single(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, ".tmp")));

        await using var read = await store.OpenReadAsync(first.Id, Ct);
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(read.CanSeek);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    [InlineData("")]
    public async Task The_blob_store_never_turns_a_bad_id_into_a_path(string id)
    {
        var store = new FileSystemBlobStore(Directory.CreateTempSubdirectory("modular-blobs-").FullName);

        Assert.Null(await store.OpenReadAsync(id, Ct));
        Assert.False(await store.ExistsAsync(id, Ct));
    }

    [Fact]
    public async Task A_failed_upload_leaves_no_partial_blob()
    {
        var root = Directory.CreateTempSubdirectory("modular-blobs-").FullName;
        var store = new FileSystemBlobStore(root);

        await Assert.ThrowsAsync<IOException>(() => store.PutAsync(new FailingStream(), Ct));

        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            _reads++ == 0 ? count : throw new IOException("The connection was reset during the upload.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _reads++ == 0 ? ValueTask.FromResult(buffer.Length) : throw new IOException("The connection was reset during the upload.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
