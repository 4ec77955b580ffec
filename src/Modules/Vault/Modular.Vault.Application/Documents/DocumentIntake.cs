using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Documents;

/// <summary>
/// The vault's upload rules, for every way a file comes in (an agent's upload, a collecting link):
/// the name is checked, the type recognised from the first bytes, and the rest streamed to the blob
/// store while it is counted; over the limit, the partial blob is dropped.
/// </summary>
internal sealed class DocumentIntake(IBlobStore blobs, IVaultSettings settings, IVaultRepository repository)
{
    public async Task<Result<ReceivedFile>> ReceiveAsync(string? fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = DocumentFileName.Parse(fileName);
        if (name.IsFailure)
        {
            return name.Error;
        }

        var head = new byte[FileType.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return VaultErrors.FileEmpty;
        }

        var contentType = FileType.Recognise(name.Value, head.AsSpan(0, headLength));
        if (contentType.IsFailure)
        {
            return contentType.Error;
        }

        try
        {
            await using var counted = new SizeLimitedStream(head.AsMemory(0, headLength), content, settings.MaxFileBytes);
            return new ReceivedFile(name.Value, contentType.Value, await blobs.PutAsync(counted, cancellationToken));
        }
        catch (SizeLimitExceededException)
        {
            return VaultErrors.FileTooLarge(name.Value.Value, settings.MaxFileBytes);
        }
    }

    /// <summary>
    /// Drops a received blob that no document was saved with (a lost race, a failed save). Blobs are
    /// shared by identical content: one that a document holds stays.
    /// </summary>
    public async Task DiscardAsync(ReceivedFile received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        if (await repository.CountAsync(new DocumentsWithBlobSpec(received.Blob.Id), cancellationToken) == 0)
        {
            await blobs.DeleteAsync(received.Blob.Id, cancellationToken);
        }
    }
}
