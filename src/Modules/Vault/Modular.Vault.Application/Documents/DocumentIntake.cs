using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Documents;

/// <summary>
/// The vault's upload rules, for every way a file comes in (an agent's upload, a collecting link):
/// the name is checked, the type recognised from the first bytes, and the rest streamed to the blob
/// store while it is counted; over the limit, the partial blob is dropped.
/// </summary>
internal static class DocumentIntake
{
    public static async Task<Result<ReceivedFile>> ReceiveAsync(IBlobStore blobs, IVaultSettings settings, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(settings);
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
}
