using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Documents;

/// <summary>
/// A file in a vault folder. Its bytes live in the blob store under their SHA-256 (so two
/// uploads of the same file share one blob); the name is only a label.
/// </summary>
internal sealed class Document : AggregateRoot<Guid>
{
    private Document(Guid id, Guid folderId, Guid organisationId, DocumentFileName name, string contentType, long size, string sha256, Guid uploadedBy, DateTimeOffset now)
        : base(id)
    {
        FolderId = folderId;
        OrganisationId = organisationId;
        Name = name.Value;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    private Document()
        : base(Guid.Empty)
    {
        Name = "";
        ContentType = "";
        Sha256 = "";
    }

    public Guid FolderId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Recognised from the content's first bytes, not taken from the upload.</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: also the blob's id in the store.</summary>
    public string Sha256 { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static Document Create(Guid folderId, Guid organisationId, DocumentFileName name, string contentType, long size, string sha256, Guid uploadedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), folderId, organisationId, name, contentType, size, sha256, uploadedBy, now);

    /// <summary>Renames, keeping the extension's meaning: the new name must keep the type of the content.</summary>
    public Result Rename(DocumentFileName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!string.Equals(Path.GetExtension(Name), Path.GetExtension(name.Value), StringComparison.OrdinalIgnoreCase))
        {
            return VaultErrors.FileExtensionChanged(Path.GetExtension(Name));
        }

        Name = name.Value;
        return Result.Success();
    }
}
