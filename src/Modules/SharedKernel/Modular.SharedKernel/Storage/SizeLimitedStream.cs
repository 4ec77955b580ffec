namespace Modular.SharedKernel.Storage;

/// <summary>
/// The bytes already read to recognise the file, then the rest of the upload, failing as soon as
/// more than <c>limit</c> bytes have gone through (the store then drops its temporary file).
/// </summary>
public sealed class SizeLimitedStream(ReadOnlyMemory<byte> head, Stream rest, long limit) : Stream
{
    private ReadOnlyMemory<byte> _head = head;
    private long _total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _total;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (!_head.IsEmpty)
        {
            read = Math.Min(buffer.Length, _head.Length);
            _head[..read].CopyTo(buffer);
            _head = _head[read..];
        }
        else
        {
            read = await rest.ReadAsync(buffer, cancellationToken);
        }

        _total += read;
        return _total > limit ? throw new SizeLimitExceededException() : read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
