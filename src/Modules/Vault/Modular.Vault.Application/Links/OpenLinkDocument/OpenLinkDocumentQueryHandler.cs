using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.OpenLinkDocument;

internal sealed class OpenLinkDocumentQueryHandler(IVaultRepository repository, IBlobStore blobs, TimeProvider time) : IRequestHandler<OpenLinkDocumentQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenLinkDocumentQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !link.SessionIsOpen(session, time.GetUtcNow()))
        {
            return VaultErrors.SessionClosed;
        }

        if (!link.DocumentIds.Contains(request.DocumentId)
            || (await repository.ListAsync(new DocumentsByIdsSpec([request.DocumentId], link.OrganisationId), cancellationToken)).FirstOrDefault() is not { } document)
        {
            return VaultErrors.DocumentNotFound;
        }

        var content = await blobs.OpenReadAsync(document.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"The blob of document {document.Id} is missing from the store.");
        return new DocumentContentDto(document.ToDto(), content);
    }
}
