using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Documents;

/// <summary>
/// Opens a document's stored bytes, or refuses that one document when its file is missing or not of
/// the size recorded at upload (cut short by a crash or a failing disk): never served truncated.
/// </summary>
internal static class StoredContent
{
    public static async Task<Result<Stream>> OpenAsync(this IBlobStore blobs, Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(document);
        var content = await blobs.OpenReadAsync(document.Sha256, cancellationToken);
        if (content is null)
        {
            return VaultErrors.DocumentDamaged(document.Id, document.Name, document.Sha256, document.Size, null);
        }

        var length = content.Length;
        if (length != document.Size)
        {
            await content.DisposeAsync();
            return VaultErrors.DocumentDamaged(document.Id, document.Name, document.Sha256, document.Size, length);
        }

        return content;
    }
}
