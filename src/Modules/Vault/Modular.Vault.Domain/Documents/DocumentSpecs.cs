using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Documents;

internal sealed class DocumentOfOrganisationSpec : Specification<Document>
{
    public DocumentOfOrganisationSpec(Guid documentId, Guid organisationId) => Query.Where(d => d.Id == documentId && d.OrganisationId == organisationId);
}

internal sealed class DocumentsInFolderSpec : Specification<Document>
{
    public DocumentsInFolderSpec(Guid folderId) => Query.Where(d => d.FolderId == folderId).OrderByDescending(d => d.UploadedAt).ThenBy(d => d.Name).AsNoTracking();
}

internal sealed class DocumentsOfOrganisationSpec : Specification<Document>
{
    public DocumentsOfOrganisationSpec(Guid organisationId) => Query.Where(d => d.OrganisationId == organisationId).AsNoTracking();
}

internal sealed class DocumentsWithBlobSpec : Specification<Document>
{
    public DocumentsWithBlobSpec(string sha256) => Query.Where(d => d.Sha256 == sha256).AsNoTracking();
}

internal sealed class DocumentByIdSpec : Specification<Document>
{
    public DocumentByIdSpec(Guid documentId) => Query.Where(d => d.Id == documentId);
}

/// <summary>Queued blob purges, oldest first; with <paramref name="blobIds"/>, only those blobs'.</summary>
internal sealed class QueuedBlobPurgesSpec : Specification<BlobPurge>
{
    public QueuedBlobPurgesSpec(IReadOnlyCollection<string>? blobIds, int take)
    {
        if (blobIds is not null)
        {
            Query.Where(p => blobIds.Contains(p.BlobId));
        }

        Query.OrderBy(p => p.Id).Take(take);
    }
}
