using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.OpenLinkDocument;

internal sealed class OpenLinkDocumentQueryHandler(IVaultRepository repository, IBlobStore blobs, LinkSessions sessions) : IRequestHandler<OpenLinkDocumentQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenLinkDocumentQuery request, CancellationToken cancellationToken)
    {
        var opened = await sessions.OpenAsync(request.Token, request.SessionToken, cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        var link = opened.Value;
        if (!link.DocumentIds.Contains(request.DocumentId)
            || (await repository.ListAsync(new DocumentsByIdsSpec([request.DocumentId], link.OrganisationId), cancellationToken)).FirstOrDefault() is not { } document)
        {
            return VaultErrors.DocumentNotFound;
        }

        var content = await blobs.OpenAsync(document, cancellationToken);
        return content.IsFailure ? content.Error! : new DocumentContentDto(document.ToDto(), content.Value);
    }
}
