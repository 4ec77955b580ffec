using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.GetDownloadReceipt;

/// <summary>
/// Signs a receipt of what the recipient of a link downloaded ("accusé de téléchargement"), for
/// whoever manages the link's folder, as for revoking it: the documents as the vault holds them now,
/// and the link's times as the store keeps them. Nothing is written: each request signs anew.
/// </summary>
internal sealed class GetDownloadReceiptQueryHandler(IVaultRepository repository, FolderAccess access, IReceiptSigner signer, ICurrentUser user, TimeProvider time)
    : IRequestHandler<GetDownloadReceiptQuery, Result<DownloadReceiptDto>>
{
    public async Task<Result<DownloadReceiptDto>> Handle(GetDownloadReceiptQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new DownloadLinkOfOrganisationSpec(request.LinkId, organisationId), cancellationToken) is not { } link
            || (request.FolderId is { } folderId && link.FolderId != folderId))
        {
            return VaultErrors.DownloadLinkNotFound;
        }

        var folder = await access.RequireAsync(link.FolderId, AccessLevel.Manage, cancellationToken);
        if (folder.IsFailure)
        {
            return folder.Error!.Code == VaultErrors.FolderNotFound.Code ? VaultErrors.DownloadLinkNotFound : folder.Error;
        }

        if (link.ReceiptRefusal() is { } refusal)
        {
            return refusal;
        }

        var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, organisationId), cancellationToken);
        var content = ReceiptPayload.Of(link, documents, signer.Issuer, time.GetUtcNow());
        var (jws, keyId) = signer.Sign(ReceiptPayload.Write(content), DownloadReceiptFormat.HeaderType);
        return new DownloadReceiptDto(jws, keyId, FileName(link.Id), content);
    }

    /// <summary>
    /// « accuse-telechargement-1a2b3c4d.jws »: the end of the link's id, its random part (the start of
    /// a version 7 id is a time, the same for links made within a minute of each other).
    /// </summary>
    private static string FileName(Guid linkId) => $"accuse-telechargement-{linkId.ToString("N")[^8..]}.jws";
}
