using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Links.RedeemDownloadLink;

/// <summary>
/// The code of a link. Wrong codes are counted in the store, the fifth locks the link and tells its
/// maker; the first right one wins the link in one conditional update and opens the session.
/// Wrong codes, malformed codes and unknown links are also counted per address, and an address
/// with too many of them is refused on every link for a while (<see cref="CodeThrottle"/>).
/// </summary>
internal sealed class RedeemDownloadLinkCommandHandler(IVaultRepository repository, ICodeHasher codes, IMediator mediator, TimeProvider time)
    : IRequestHandler<RedeemDownloadLinkCommand, Result<DownloadSessionDto>>
{
    public async Task<Result<DownloadSessionDto>> Handle(RedeemDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = AddressFailures.Normalise(request.RemoteAddress);
        if (await AddressFailures.RefusalAsync(repository, address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.LinkUnknown, cancellationToken);
            return VaultErrors.LinkUnknown;
        }

        // A real link that cannot be used any more is not a guess: it says why, and is not counted.
        if (link.RedemptionRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var code = SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeMalformed, cancellationToken);
            return code.Error;
        }

        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(codes.Hash(link.Id, code.Value), link.CodeHash))
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeInvalid, cancellationToken);
            var left = await repository.RecordWrongCodeAsync(link.Id, now, cancellationToken);
            if (left > 0)
            {
                return VaultErrors.CodeInvalid(left);
            }

            repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkLocked, null, $"{DownloadLink.MaxFailedAttempts} codes erronés"));
            await repository.SaveChangesAsync(cancellationToken);
            await LinkNotices.TellMakerAsync(mediator, link, "vault.link-locked", now, cancellationToken);
            return VaultErrors.LinkLocked;
        }

        var (session, sessionHash) = LinkTokens.New();
        var sessionEnds = now + DownloadLink.SessionLifetime;
        if (!await repository.TryRedeemAsync(link.Id, sessionHash, now, sessionEnds, cancellationToken))
        {
            var current = await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken);
            return current?.RedemptionRefusal(now) ?? VaultErrors.LinkUsed;
        }

        repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkUsed, null, $"{link.DocumentIds.Count} document(s)"));
        await repository.SaveChangesAsync(cancellationToken);
        await LinkNotices.TellMakerAsync(mediator, link, "vault.link-used", now, cancellationToken);
        var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
        return new DownloadSessionDto(session, sessionEnds, [.. documents.Select(d => new DownloadFileDto(d.Id, d.Name, d.ContentType, d.Size))]);
    }
}
