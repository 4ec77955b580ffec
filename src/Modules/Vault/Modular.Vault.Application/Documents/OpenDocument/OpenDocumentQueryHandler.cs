using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Folders;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;

namespace Modular.Vault.Application.Documents.OpenDocument;

internal sealed class OpenDocumentQueryHandler(IBlobStore blobs, FolderAccess access) : IRequestHandler<OpenDocumentQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenDocumentQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Read, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;

        var content = await blobs.OpenAsync(document, cancellationToken);
        return content.IsFailure ? content.Error! : new DocumentContentDto(document.ToDto(), content.Value);
    }
}
