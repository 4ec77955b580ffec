using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;

namespace Modular.ClientPortal.Application.Documents.PublishPortalDocument;

/// <summary>
/// Publishes one PDF to a client company. The fields are checked before the file is read; the file
/// must start as a PDF and stay under the size limit while it is streamed to the store; its text is
/// then read for search. A PDF locked by a password is refused (the company could not open it); one
/// with no readable text (a scan) is published with a warning, found by its title and type only.
/// The row, its search entry and the notice of its letters and copies (when the company gets paper or
/// has a third party copied) are saved in one transaction; a refused file's bytes are dropped.
/// </summary>
internal sealed class PublishPortalDocumentCommandHandler(
    IPortalRepository repository, IPortalSearch search, IPortalBlobs blobs, IPdfText pdfText, IPortalSettings settings,
    PortalAccess access, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PublishPortalDocumentCommand, Result<PortalDocumentDto>>
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public async Task<Result<PortalDocumentDto>> Handle(PublishPortalDocumentCommand request, CancellationToken cancellationToken)
    {
        var company = await access.RequireCompanyAsync(request.CompanyId, cancellationToken);
        if (company.IsFailure)
        {
            return company.Error;
        }

        var now = time.GetUtcNow();
        var fields = PortalDocument.Check(request.Line, request.Type, request.Title, request.DocumentDate, now);
        if (fields.IsFailure)
        {
            return fields.Error!;
        }

        var fileName = PdfFileName.Of(request.FileName, request.Title);
        var head = new byte[PdfMagic.Length];
        var headLength = await request.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return PortalErrors.PdfEmpty;
        }

        if (headLength < head.Length || !head.AsSpan().SequenceEqual(PdfMagic))
        {
            return PortalErrors.NotPdf;
        }

        BlobInfo blob;
        try
        {
            await using var counted = new SizeLimitedStream(head, request.Content, settings.MaxFileBytes);
            blob = await blobs.PutAsync(counted, cancellationToken);
        }
        catch (SizeLimitExceededException)
        {
            return PortalErrors.PdfTooLarge(fileName, settings.MaxFileBytes);
        }

        var reading = await ReadTextAsync(blob.Id, cancellationToken);
        if (reading.Outcome == PdfReadOutcome.Encrypted)
        {
            await DiscardAsync(blob.Id, cancellationToken);
            return PortalErrors.PdfEncrypted;
        }

        var document = PortalDocument.Publish(
            company.Value, request.Line, request.Type, request.Title, request.DocumentDate, fileName, blob.Length, blob.Id,
            reading.Text, user.UserId, user.UserId is null ? user.ClientId : null, now, settings.RetentionDays);
        if (document.IsFailure)
        {
            await DiscardAsync(blob.Id, cancellationToken);
            return document.Error;
        }

        try
        {
            await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
            repository.Add(document.Value);
            if (PublishedNotice.For(company.Value, document.Value, now) is { } notice)
            {
                repository.Enqueue(notice);
            }

            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                await DiscardAsync(blob.Id, CancellationToken.None);
                return saved.Error!;
            }

            await search.IndexAsync(document.Value, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await DiscardAsync(blob.Id, CancellationToken.None);
            throw;
        }

        return document.Value.ToDto();
    }

    private async Task<PdfReading> ReadTextAsync(string blobId, CancellationToken cancellationToken)
    {
        await using var stored = await blobs.OpenReadAsync(blobId, cancellationToken)
            ?? throw new InvalidOperationException($"The blob {blobId} just stored cannot be read.");
        return await pdfText.ReadAsync(stored, cancellationToken);
    }

    /// <summary>Drops bytes no document holds (identical PDFs share one blob).</summary>
    private async Task DiscardAsync(string blobId, CancellationToken cancellationToken)
    {
        if (await repository.CountAsync(new DocumentsWithBlobSpec(blobId), cancellationToken) == 0)
        {
            await blobs.DeleteAsync(blobId, cancellationToken);
        }
    }
}
