using System.Globalization;
using System.Security.Cryptography;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.RedeemDownloadLink;

/// <summary>
/// The code of a link. Wrong codes are counted in the store, the fifth locks the link and tells its
/// maker; the first right one wins the link in one conditional update and opens the session.
/// Wrong codes, malformed codes and unknown links are also counted per address, and an address
/// with too many of them is refused on every link for a while (<see cref="CodeThrottle"/>).
/// </summary>
internal sealed class RedeemDownloadLinkCommandHandler(IVaultRepository repository, ICodeHasher codes, AddressFailures failures, LinkSessions sessions, TimeProvider time)
    : IRequestHandler<RedeemDownloadLinkCommand, Result<DownloadSessionDto>>
{
    public async Task<Result<DownloadSessionDto>> Handle(RedeemDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = AddressFailures.Normalise(request.RemoteAddress);
        if (await failures.RefusalAsync(address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            await failures.CountAsync(address, now, VaultErrorCodes.LinkUnknown, cancellationToken);
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
            await failures.CountAsync(address, now, VaultErrorCodes.CodeMalformed, cancellationToken);
            return code.Error;
        }

        if (!CryptographicOperations.FixedTimeEquals(codes.Hash(link.Id, code.Value), link.CodeHash))
        {
            await failures.CountAsync(address, now, VaultErrorCodes.CodeInvalid, cancellationToken);
            return await RecordWrongCodeAsync(link, now, cancellationToken);
        }

        // The link, its journal line and the notice to its maker: together or not at all.
        var (session, sessionHash) = LinkTokens.New();
        var sessionEnds = now + DownloadLink.SessionLifetime;
        await using (var transaction = await repository.BeginTransactionAsync(cancellationToken))
        {
            if (!await repository.TryRedeemAsync(link.Id, sessionHash, now, sessionEnds, cancellationToken))
            {
                var current = await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken);
                return current?.RedemptionRefusal(now) ?? VaultErrors.LinkUsed;
            }

            repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkUsed, null, ("count", link.DocumentIds.Count.ToString(CultureInfo.InvariantCulture))));
            repository.Enqueue(link.Notice(DownloadLinkNotice.Used, now));
            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                return saved.Error;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return await sessions.DescribeAsync(link, session, sessionEnds, cancellationToken);
    }

    /// <summary>Counts the wrong code; the call that locks the link writes the journal line and tells its maker, with the lock.</summary>
    private async Task<Result<DownloadSessionDto>> RecordWrongCodeAsync(DownloadLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        var (left, lockedNow) = await repository.RecordWrongCodeAsync(link.Id, now, cancellationToken);
        if (lockedNow)
        {
            repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkLocked, null, ("attempts", DownloadLink.MaxFailedAttempts.ToString(CultureInfo.InvariantCulture))));
            repository.Enqueue(link.Notice(DownloadLinkNotice.Locked, now));
            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                return saved.Error;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return left > 0 ? VaultErrors.CodeInvalid(left) : VaultErrors.LinkLocked;
    }
}
