using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Invitations;

namespace Modular.Vault.Application.Invitations;

/// <summary>Which people of the directory have an invitation still waiting to be accepted (sent, not expired, locked or cancelled).</summary>
internal sealed class PendingInvitations(IVaultRepository repository, TimeProvider time)
{
    /// <summary>Each person's waiting invitation (the latest one), by person.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> OfAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, Guid>();
        }

        var now = time.GetUtcNow();
        return (await repository.ListAsync(new InvitationsOfPeopleSpec(personIds), cancellationToken))
            .Where(i => i.StateAt(now) == InvitationState.Sent)
            .GroupBy(i => i.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.CreatedAt).First().Id);
    }
}
