using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Journal;
using Modular.SharedKernel.Journals;

namespace Modular.UnitTests.Portfolio;

/// <summary>A line of an establishment's history: who wrote it for whom, its detail's bound, and what its seal covers.</summary>
public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Establishment Bakery = Establishment.FromDsn(Guid.NewGuid(), Siret.Parse("55208131700018").Value, new DsnAddress(null, null, null), null, Now);

    [Fact]
    public void A_detail_as_long_as_the_longest_is_kept_whole_and_one_longer_is_cut()
    {
        var longest = new string('d', JournalEntry.DetailMaxLength);

        Assert.Equal(longest, JournalEntry.Of(Bakery, JournalEvent.Completed, null, null, Now, longest).Detail);
        Assert.Equal(longest, JournalEntry.Of(Bakery, JournalEvent.Completed, null, null, Now, longest + "e").Detail);
        Assert.Null(JournalEntry.Of(Bakery, JournalEvent.Completed, null, null, Now).Detail);
    }

    [Fact]
    public void The_mandatary_who_wrote_a_line_is_named_once()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var entry = JournalEntry.Of(Bakery, JournalEvent.Removed, Guid.NewGuid(), null, Now);

        entry.WrittenBy(first);
        entry.WrittenBy(second);

        Assert.Equal(first, entry.ActingUserId);
    }

    [Fact]
    public void A_line_keeps_its_event_actor_and_moment()
    {
        var actor = Guid.NewGuid();

        var entry = JournalEntry.Of(Bakery, JournalEvent.AddressTaken, actor, null, Now, "1 rue Neuve");

        Assert.Equal((Bakery.FirmId, Bakery.Id, Now, JournalEvent.AddressTaken, (Guid?)actor, (string?)null, "1 rue Neuve"), (entry.FirmId, entry.EstablishmentId, entry.At, entry.Event, entry.ActorId, entry.ActorClientId, entry.Detail));
    }

    [Fact]
    public void Its_seal_covers_every_field_in_order_and_is_kept()
    {
        var (actor, mandatary, chain) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var entry = JournalEntry.Of(Bakery, JournalEvent.Deposited, actor, "paie", Now, "octobre");
        entry.WrittenBy(mandatary);

        Assert.Equal(
            [HashChain.Field(entry.Id), HashChain.Field(Bakery.FirmId), HashChain.Field(Bakery.Id), HashChain.Field(Now), "Deposited", HashChain.Field(actor), "paie", HashChain.Field(mandatary), "octobre"],
            entry.ChainedFields());

        entry.Seal(new ChainLink(chain, 3, "prev", "hash"));
        Assert.Equal(((Guid?)chain, (long?)3, "prev", "hash"), (entry.ChainId, entry.ChainPosition, entry.PreviousHash, entry.Hash));
    }
}
