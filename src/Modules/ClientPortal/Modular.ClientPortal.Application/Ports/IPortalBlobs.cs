using Modular.SharedKernel.Storage;

namespace Modular.ClientPortal.Application.Ports;

/// <summary>
/// The portal's own content-addressed store of PDFs, apart from other modules' blobs, so that a
/// purge here never removes bytes another module holds (ADR 0033).
/// </summary>
internal interface IPortalBlobs
{
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string id, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
