using System.Globalization;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.RevokeDownloadLink;

/// <summary>
/// Takes a link back (sent to the wrong person, say), for whoever manages its folder: one
/// conditional update that reads the domain's rule, so that of a revocation and a redemption racing
/// one wins and the other sees it; a session the redemption opened ends with the revocation. The
/// journal line and the ZIP's purge go with it.
/// </summary>
internal sealed class RevokeDownloadLinkCommandHandler(IVaultRepository repository, FolderAccess access, BlobPurger purger, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RevokeDownloadLinkCommand, Result>
{
    public async Task<Result> Handle(RevokeDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new DownloadLinkOfOrganisationSpec(request.LinkId, organisationId), cancellationToken) is not { } link
            || (request.FolderId is { } folderId && link.FolderId != folderId))
        {
            return VaultErrors.DownloadLinkNotFound;
        }

        // Who manages the folder manages its links; a link of a folder the caller does not see is not found either.
        var folder = await access.RequireAsync(link.FolderId, AccessLevel.Manage, cancellationToken);
        if (folder.IsFailure)
        {
            return folder.Error!.Code == VaultErrors.FolderNotFound.Code ? VaultErrors.DownloadLinkNotFound : folder.Error;
        }

        var now = time.GetUtcNow();
        IReadOnlyList<string> queued;
        await using (var transaction = await repository.BeginTransactionAsync(cancellationToken))
        {
            // Read again under the write lock: a redemption may have just opened a session, which this ends.
            var current = await repository.FindAsync(new DownloadLinkOfOrganisationSpec(link.Id, organisationId), cancellationToken) ?? link;
            if (current.RevocationRefusal(now) is { } refusal)
            {
                return refusal;
            }

            if (!await repository.TryRevokeAsync(current.Id, user.RequireUserId(), now, cancellationToken))
            {
                return VaultErrors.LinkAlreadyRevoked;
            }

            repository.Append(JournalLine(current, now));
            queued = purger.Queue(current.ArchiveBlobId is { } archive ? [archive] : [], now);
            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                return saved;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await purger.PurgeAsync(queued, cancellationToken);
        return Result.Success();
    }

    /// <summary>"{count} document(s)", for whom when the link was emailed, and whether a download session was cut short.</summary>
    private JournalEntry JournalLine(DownloadLink link, DateTimeOffset now)
    {
        var count = ("count", link.DocumentIds.Count.ToString(CultureInfo.InvariantCulture));
        var session = link.SessionOpenAt(now);
        return link.RecipientEmail is { } recipient
            ? new JournalEntry(link.FolderId, now, JournalKind.LinkRevoked, user.UserId, count, ("recipient", recipient), (JournalEntry.VariantKey, session ? "recipient-session" : "recipient"))
            : session
                ? new JournalEntry(link.FolderId, now, JournalKind.LinkRevoked, user.UserId, count, (JournalEntry.VariantKey, "session"))
                : new JournalEntry(link.FolderId, now, JournalKind.LinkRevoked, user.UserId, count);
    }
}
