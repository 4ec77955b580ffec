using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.ListFolderLinks;

/// <summary>The links made from a folder, newest first, each with its state now (the same rules as the public page).</summary>
internal sealed class ListFolderLinksQueryHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ListFolderLinksQuery, Result<IReadOnlyList<DownloadLinkSummaryDto>>>
{
    private const int ListLength = 200;

    public async Task<Result<IReadOnlyList<DownloadLinkSummaryDto>>> Handle(ListFolderLinksQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var now = time.GetUtcNow();
        var links = await repository.ListAsync(new DownloadLinksOfFolderSpec(folder.Id, organisationId, ListLength), cancellationToken);
        return Result<IReadOnlyList<DownloadLinkSummaryDto>>.Success([.. links.Select(l => new DownloadLinkSummaryDto(
            l.Id, l.CreatedAt, l.CreatedByEmail, l.RecipientEmail, l.DocumentIds.Count, l.ExpiresAt, (DownloadLinkStatus)l.StateAt(now), l.UsedAt, l.DownloadedAt, l.FailedAttempts,
            l.RevokedAt, l.RevocationRefusal(now) is null, l.ReceiptRefusal() is null))]);
    }
}
