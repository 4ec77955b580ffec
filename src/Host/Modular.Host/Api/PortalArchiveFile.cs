using System.IO.Compression;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Modular.ClientPortal.Contracts;

namespace Modular.Host.Api;

/// <summary>
/// Writes a ZIP of portal documents straight to the response as it reads them (the API's and the
/// page's answer alike): one entry per document under the name the module gave it, stored without
/// compression (PDFs are compressed already), each PDF opened only when its turn comes and copied
/// through. Nothing is buffered whole: the response is chunked, its length unknown in advance.
/// </summary>
internal sealed class PortalArchiveFile(PortalArchiveDto archive) : IResult, IActionResult
{
    public const string ContentType = "application/zip";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(archive.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        await using var body = new AsyncOnlyBody(response.Body);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var item in archive.Entries)
            {
                var entry = zip.CreateEntry(item.Name, CompressionLevel.NoCompression);
                entry.LastWriteTime = item.Document.PublishedAt;
                await using var source = await item.OpenAsync(cancellationToken);
                await using var target = await entry.OpenAsync(cancellationToken);
                await source.CopyToAsync(target, cancellationToken);
            }
        }

        await body.FlushAsync(cancellationToken);
    }

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    /// <summary>
    /// The response body for <see cref="ZipArchive"/>, which on a stream that cannot seek still writes
    /// each entry's data descriptor (16 to 24 bytes, after its data) synchronously when the entry is
    /// closed, where Kestrel allows asynchronous writes only. Those few bytes wait here and go out,
    /// in order, with the next asynchronous write or flush; everything else passes straight through.
    /// </summary>
    private sealed class AsyncOnlyBody(Stream inner) : Stream
    {
        /// <summary>Far above what a data descriptor needs: more would be a change in ZipArchive to look at.</summary>
        private const int MaxPending = 64 * 1024;

        private readonly MemoryStream _pending = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_pending.Length + buffer.Length > MaxPending)
            {
                throw new InvalidOperationException($"ZipArchive wrote {_pending.Length + buffer.Length} bytes synchronously; the response takes asynchronous writes only.");
            }

            _pending.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await WritePendingAsync(cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await WritePendingAsync(cancellationToken);
            await inner.FlushAsync(cancellationToken);
        }

        /// <summary>Nothing to do synchronously: pending bytes go with the next asynchronous call.</summary>
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }

        private async Task WritePendingAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length == 0)
            {
                return;
            }

            await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
            _pending.SetLength(0);
        }
    }
}
