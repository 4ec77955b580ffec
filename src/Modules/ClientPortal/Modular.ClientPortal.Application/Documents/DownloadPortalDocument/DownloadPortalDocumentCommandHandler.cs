using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Documents.DownloadPortalDocument;

/// <summary>
/// Opens a document of the reader's company and records the download (the read receipt) before the
/// bytes go: a receipt says the download was asked for, whether or not the reader kept the file.
/// </summary>
internal sealed class DownloadPortalDocumentCommandHandler(IPortalRepository repository, IPortalBlobs blobs, PortalAccess access, TimeProvider time)
    : IRequestHandler<DownloadPortalDocumentCommand, Result<PortalDocumentContentDto>>
{
    public async Task<Result<PortalDocumentContentDto>> Handle(DownloadPortalDocumentCommand request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var document = await access.RequireDocumentAsync(reader.Value, request.DocumentId, cancellationToken);
        if (document.IsFailure)
        {
            return document.Error;
        }

        var content = await blobs.OpenReadAsync(document.Value.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF of the portal document {document.Value.Id} is missing from the store.");
        repository.Add(ReadReceipt.Record(document.Value.Id, reader.Value.CompanyId, reader.Value.UserId, reader.Value.ClientId, time.GetUtcNow()));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            await content.DisposeAsync();
            return saved.Error!;
        }

        return new PortalDocumentContentDto(document.Value.ToDto(), content);
    }
}
