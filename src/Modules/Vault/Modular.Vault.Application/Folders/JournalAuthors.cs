using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders;

/// <summary>
/// Journal lines with their authors' names as the organisation knows them now: the actor, and the
/// mandatary who wrote a line for them (« Claire Martin pour le compte de Dr Jean Dupont »).
/// </summary>
internal sealed class JournalAuthors(IMediator mediator)
{
    public async Task<IReadOnlyList<JournalEntryDto>> NameAsync(IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.SelectMany(e => new[] { e.ActorId, e.ActingUserId }).OfType<Guid>().ToHashSet();
        var found = ids.Count == 0 ? null : await mediator.Send(new GetMemberNamesQuery(ids), cancellationToken);
        var names = found is { IsSuccess: true } ? found.Value : new Dictionary<Guid, string>();
        return
        [
            .. entries.Select(e => e.ToDto() with
            {
                ActorName = e.ActorId is { } actor ? names.GetValueOrDefault(actor) : null,
                ActingName = e.ActingUserId is { } acting ? names.GetValueOrDefault(acting) : null,
            }),
        ];
    }
}
