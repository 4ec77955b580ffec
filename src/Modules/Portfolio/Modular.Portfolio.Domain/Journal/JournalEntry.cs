using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Journals;

namespace Modular.Portfolio.Domain.Journal;

/// <summary>
/// One line of an establishment's history: when, what, who (a person of the firm, the firm's system
/// by its client id, or nobody for the product's own reminders) and a detail (a month, a name, a
/// partner group, an address). Written in the same transaction as the change it tells; never changed.
/// </summary>
internal sealed class JournalEntry : Entity<Guid>, IChainedRecord
{
    public const int DetailMaxLength = 400;

    private JournalEntry(Guid id)
        : base(id)
    {
    }

    public Guid FirmId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public JournalEvent Event { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? ActorClientId { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The mandatary who wrote the line for <see cref="ActorId"/> (« pour le compte de »), when one did.</summary>
    public Guid? ActingUserId { get; private set; }

    /// <summary>Names the mandatary the line was written by, for its actor (set once, as the line is added).</summary>
    public void WrittenBy(Guid? actingUserId) => ActingUserId ??= actingUserId;

    public static JournalEntry Of(Establishment establishment, JournalEvent what, Guid? actorId, string? actorClientId, DateTimeOffset at, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        return new JournalEntry(Guid.CreateVersion7(at))
        {
            FirmId = establishment.FirmId,
            EstablishmentId = establishment.Id,
            At = at,
            Event = what,
            ActorId = actorId,
            ActorClientId = actorClientId,
            Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail,
        };
    }

    public Guid? ChainId { get; private set; }

    public long? ChainPosition { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public void Seal(ChainLink link) => (ChainId, ChainPosition, PreviousHash, Hash) = (link.ChainId, link.Position, link.PreviousHash, link.Hash);

    public IReadOnlyList<string?> ChainedFields() =>
        [HashChain.Field(Id), HashChain.Field(FirmId), HashChain.Field(EstablishmentId), HashChain.Field(At), Event.ToString(), HashChain.Field(ActorId), ActorClientId, HashChain.Field(ActingUserId), Detail];
}
