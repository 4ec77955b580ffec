using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Collections.GetCollectionByToken;

/// <summary>
/// The public page's view of a request: the items and the names and dates of what was received,
/// nothing of the folder. Unknown links count against the address, as wrong codes of download links do.
/// </summary>
internal sealed class GetCollectionByTokenQueryHandler(CollectionLinks collections, IVaultSettings settings, TimeProvider time)
    : IRequestHandler<GetCollectionByTokenQuery, Result<CollectionPreviewDto>>
{
    public async Task<Result<CollectionPreviewDto>> Handle(GetCollectionByTokenQuery request, CancellationToken cancellationToken)
    {
        var found = await collections.FindAsync(request.Token, request.RemoteAddress, time.GetUtcNow(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var collection = found.Value;
        var now = time.GetUtcNow();
        return new CollectionPreviewDto(
            collection.OrganisationName, collection.PersonName, collection.ItemsToDto(), collection.Deadline, collection.Message, (CollectionStatus)collection.StateAt(now),
            new UploadRulesDto(settings.MaxFileBytes, FileType.Extensions));
    }
}
