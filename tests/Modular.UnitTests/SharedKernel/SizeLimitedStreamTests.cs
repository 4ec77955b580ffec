using Modular.SharedKernel.Storage;

namespace Modular.UnitTests.SharedKernel;

public sealed class SizeLimitedStreamTests
{
    [Fact]
    public async Task The_head_then_the_rest_are_read_up_to_the_limit()
    {
        await using var stream = new SizeLimitedStream(new byte[] { 1, 2 }, new MemoryStream([3, 4, 5]), limit: 5);
        using var copy = new MemoryStream();

        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3, 4, 5], copy.ToArray());
        Assert.Equal(5, stream.Position);
    }

    [Fact]
    public void One_byte_over_the_limit_stops_the_copy()
    {
        using var stream = new SizeLimitedStream(new byte[] { 1, 2 }, new MemoryStream([3, 4, 5, 6]), limit: 5);

        var thrown = Assert.Throws<SizeLimitExceededException>(() => stream.CopyTo(Stream.Null));

        Assert.Equal("The upload is larger than allowed.", thrown.Message);
    }

    [Fact]
    public void It_reads_forward_only()
    {
        using var stream = new SizeLimitedStream(ReadOnlyMemory<byte>.Empty, Stream.Null, limit: 1);

        Assert.Equal((true, false, false), (stream.CanRead, stream.CanSeek, stream.CanWrite));
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
    }
}
