using System.Security.Cryptography;
using Modular.SharedKernel.Storage;

namespace Modular.SharedKernel.Infrastructure.Storage;

/// <summary>
/// Blobs as files named by their SHA-256 under a root folder outside the web root, fanned out by
/// the first two hex digits. Content is written to a temporary file while it is hashed, flushed to
/// the disk, then renamed into place in the same folder tree, so that a reader never sees a partial
/// blob, on a local disk or on a folder several Hosts share (NFS): the rename is atomic, temporary
/// names are unique per write, and two Hosts writing the same content write the same bytes under
/// the same name.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 81_920;

    /// <summary>Makes storing a blob again and sweeping it one after the other in this process.</summary>
    private static readonly Lock Sweeping = new();
    private readonly string _root;
    private readonly string _temp;

    public FileSystemBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, ".tmp");
        Directory.CreateDirectory(_temp);
    }

    public async Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tempPath = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            long length;
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                // On a shared folder, another Host may read the blob as soon as it is renamed.
                file.Flush(flushToDisk: true);
                length = file.Length;
                id = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(id);
            lock (Sweeping)
            {
                if (File.Exists(target))
                {
                    // Stored again: the sweep of orphans must see it as new, whatever its first write.
                    File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
                    File.Delete(tempPath);
                }
                else
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(tempPath, target, overwrite: true);
                }
            }

            return new BlobInfo(id, length);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsValidId(id) || !File.Exists(PathOf(id)))
        {
            return Task.FromResult<Stream?>(null);
        }

        Stream stream = new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Task.FromResult<Stream?>(stream);
    }

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(IsValidId(id) && File.Exists(PathOf(id)));

    public Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (IsValidId(id))
        {
            File.Delete(PathOf(id));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListWrittenBeforeAsync(DateTimeOffset cutoff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = Path.GetFileName(file);
                if (IsValidId(id) && Path.GetFileName(folder) == id[..2] && File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    yield return id;
                }
            }
        }
    }

    public Task<bool> DeleteIfWrittenBeforeAsync(string id, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
        {
            return Task.FromResult(false);
        }

        var path = PathOf(id);
        lock (Sweeping)
        {
            if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) >= cutoff.UtcDateTime)
            {
                return Task.FromResult(false);
            }

            File.Delete(path);
            return Task.FromResult(true);
        }
    }

    public int RemoveAbandonedWrites(DateTimeOffset cutoff)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_temp))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
            {
                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (IOException)
                {
                    // Still open by a write of another Host on a shared folder: the next sweep takes it.
                }
            }
        }

        return removed;
    }

    // Ids are checked before they become paths, so that no id can name a file outside the root.
    private static bool IsValidId(string id) => id is { Length: 64 } && id.All(Uri.IsHexDigit) && id.All(c => !char.IsUpper(c));

    private string PathOf(string id) => Path.Combine(_root, id[..2], id);
}
