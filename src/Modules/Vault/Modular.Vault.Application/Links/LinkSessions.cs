using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>A link whose download session is open now, for whoever holds its token and the session's.</summary>
internal sealed class LinkSessions(IVaultRepository repository, TimeProvider time)
{
    public async Task<Result<DownloadLink>> OpenAsync(string? token, string? sessionToken, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        // A revoked link says so, whatever the session: its holder learns why the files stopped.
        if (link.RevokedAt is not null)
        {
            return VaultErrors.LinkRevoked;
        }

        return LinkTokens.HashOf(sessionToken) is { } session && link.SessionIsOpen(session, time.GetUtcNow()) ? link : VaultErrors.SessionClosed;
    }

    /// <summary>What the holder of a link's open session sees: its files, until the session ends.</summary>
    public async Task<DownloadSessionDto> DescribeAsync(DownloadLink link, string sessionToken, DateTimeOffset endsAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
        return new DownloadSessionDto(sessionToken, endsAt, [.. documents.Select(d => new DownloadFileDto(d.Id, d.Name, d.ContentType, d.Size))]);
    }
}
