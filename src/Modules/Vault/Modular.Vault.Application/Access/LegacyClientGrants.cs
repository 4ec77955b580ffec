using MediatR;
using Modular.Identity.Contracts.ApiClients;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Access;

/// <summary>
/// Grants made when agents typed an API client's id (before ADR 0028) are settled at start, once
/// Identity can be asked: a grant naming a client of the grant's own organisation now names it by
/// the server's id of it; any other (another organisation's client, or a client since deleted) is
/// dropped, with a line in the folder's journal. Until then such a grant gives nothing.
/// </summary>
internal sealed class LegacyClientGrants(IVaultRepository repository, IMediator mediator, TimeProvider time)
{
    /// <summary>Settles every grant still naming a typed client id; returns how many were kept and how many dropped.</summary>
    public async Task<(int Kept, int Dropped)> SettleAsync(CancellationToken cancellationToken)
    {
        var grants = await repository.ListAsync(new LegacyClientGrantsSpec(), cancellationToken);
        if (grants.Count == 0)
        {
            return (0, 0);
        }

        var now = time.GetUtcNow();
        var clients = new Dictionary<string, ApiClientReferenceDto?>(StringComparer.Ordinal);
        var kept = 0;
        foreach (var grant in grants)
        {
            var clientId = grant.LegacyClientId!;
            if (!clients.TryGetValue(clientId, out var client))
            {
                var found = await mediator.Send(new FindApiClientQuery(clientId), cancellationToken);
                clients[clientId] = client = found.IsSuccess ? found.Value : null;
            }

            if (client is not null && client.OrganisationId == grant.OrganisationId)
            {
                grant.ResolveClient(client.Id);
                kept++;
            }
            else
            {
                repository.Remove(grant);
                repository.Append(new JournalEntry(grant.FolderId, now, JournalKind.AccessRevoked, null, ("client", clientId), (JournalEntry.VariantKey, "client")));
            }
        }

        if (await repository.SaveChangesAsync(cancellationToken) is { IsFailure: true } failed)
        {
            throw new InvalidOperationException($"Settling the grants made by typed client id failed: {failed.Error.Code}.");
        }

        return (kept, grants.Count - kept);
    }
}
