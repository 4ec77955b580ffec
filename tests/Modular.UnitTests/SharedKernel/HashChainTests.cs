using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Modular.SharedKernel.Journals;

namespace Modular.UnitTests.SharedKernel;

/// <summary>
/// The chain's rule (ADR 0052): a line changed, deleted or moved after it was sealed is found, at its
/// place, and nothing else is reported; the hash tells field lists apart whatever their values hold.
/// </summary>
public sealed class HashChainTests
{
    private static readonly Guid Chain = Guid.Parse("0b5e54d1-4a4e-4c55-9d3c-6f1f3f0a2b7e");
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_chain_sealed_line_after_line_holds_and_each_line_carries_the_hash_before_it()
    {
        var lines = Sealed(5);

        Assert.Null(Verify(lines).FirstBreak);
        Assert.Equal(5, Verify(lines).Checked);
        Assert.Equal([1L, 2, 3, 4, 5], lines.Select(l => l.ChainPosition!.Value));
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Null(lines[0].PreviousHash);
    }

    [Fact]
    public void A_line_changed_after_sealing_is_reported_at_its_place_as_altered()
    {
        var lines = Sealed(5);
        lines[2].Text = "Montant : 9 999 €";

        var verifier = Verify(lines);

        Assert.Equal(new ChainBreak(3, lines[2].At, ChainBreakKind.Altered, "line-3"), verifier.FirstBreak);
        Assert.Equal(2, verifier.Checked);
    }

    [Fact]
    public void A_deleted_line_is_reported_as_missing_at_its_position()
    {
        var lines = Sealed(5);
        lines.RemoveAt(1);

        Assert.Equal(new ChainBreak(2, lines[1].At, ChainBreakKind.Missing, "line-3"), Verify(lines).FirstBreak);
    }

    [Fact]
    public void A_first_line_deleted_is_missing_too()
    {
        var lines = Sealed(3);
        lines.RemoveAt(0);

        Assert.Equal(ChainBreakKind.Missing, Verify(lines).FirstBreak?.Kind);
        Assert.Equal(1, Verify(lines).FirstBreak?.Position);
    }

    [Fact]
    public void A_line_spliced_from_another_chain_or_resealed_alone_does_not_follow_the_one_before()
    {
        var lines = Sealed(4);
        // The forger changes a line and recomputes its own hash, but cannot give the next line its new hash
        // without resealing everything after it: the next line's link then breaks.
        lines[1].Text = "falsifié";
        lines[1].Seal(new ChainLink(Chain, 2, lines[0].Hash, HashChain.Compute(Chain, 2, lines[0].Hash, lines[1].ChainedFields())));

        Assert.Equal(new ChainBreak(3, lines[2].At, ChainBreakKind.Relinked, "line-3"), Verify(lines).FirstBreak);
    }

    [Fact]
    public void Two_lines_swapped_break_the_chain_where_the_first_moved()
    {
        var lines = Sealed(4);
        (lines[1], lines[2]) = (lines[2], lines[1]);

        Assert.Equal(ChainBreakKind.Missing, Verify(lines).FirstBreak?.Kind);
        Assert.Equal(2, Verify(lines).FirstBreak?.Position);
    }

    [Fact]
    public void A_line_moved_to_another_chain_fails_there_too()
    {
        var lines = Sealed(2);
        var verifier = new ChainVerifier(Guid.NewGuid());

        verifier.Add(lines[0], "line-1");

        Assert.Equal(ChainBreakKind.Altered, verifier.FirstBreak?.Kind);
    }

    [Fact]
    public void An_unsealed_line_among_sealed_ones_is_reported()
    {
        var lines = Sealed(2);
        lines.Add(new Line(3, Start.AddMinutes(3), "pas scellée"));

        Assert.Equal(ChainBreakKind.Relinked, Verify(lines).FirstBreak?.Kind);
    }

    [Fact]
    public void The_hash_tells_apart_field_lists_that_a_separator_would_confuse()
    {
        Assert.NotEqual(HashChain.Compute(Chain, 1, null, ["a|b", null]), HashChain.Compute(Chain, 1, null, ["a", "b"]));
        Assert.NotEqual(HashChain.Compute(Chain, 1, null, ["", null]), HashChain.Compute(Chain, 1, null, [null, ""]));
        Assert.NotEqual(HashChain.Compute(Chain, 1, null, ["a"]), HashChain.Compute(Chain, 2, null, ["a"]));
        Assert.NotEqual(HashChain.Compute(Chain, 2, null, ["a"]), HashChain.Compute(Chain, 2, new string('0', 64), ["a"]));
        Assert.Matches("^[0-9a-f]{64}$", HashChain.Compute(Chain, 1, null, []));
    }

    [Fact]
    public void Any_single_change_of_any_line_is_found_at_that_line()
    {
        var texts = Gen.String[0, 60].Null().List[1, 12];
        Gen.Select(texts, Gen.Int, Gen.String[0, 20]).Sample((values, pick, forged) =>
        {
            var lines = values.Select((text, i) => new Line(i + 1, Start.AddSeconds(i), text)).ToList();
            ChainLink? head = null;
            foreach (var line in lines)
            {
                head = HashChain.Append(line, Chain, head);
            }

            if (Verify(lines).FirstBreak is not null)
            {
                return false;
            }

            var target = lines[(int)((uint)pick % (uint)lines.Count)];
            if (target.Text == forged)
            {
                return true;
            }

            target.Text = forged;
            return Verify(lines).FirstBreak is { Kind: ChainBreakKind.Altered } found && found.Position == target.ChainPosition;
        }, iter: 2_000);
    }

    [Fact]
    public void A_hash_is_the_sha256_of_a_json_array_of_the_version_chain_position_previous_hash_and_fields()
    {
        var json = $"[\"modular-chain-1\",\"{Chain:D}\",7,\"{new string('a', 64)}\",\"x\",null]";

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(expected, HashChain.Compute(Chain, 7, new string('a', 64), ["x", null]));
    }

    [Fact]
    public void A_hash_needs_its_fields_and_a_seal_its_line()
    {
        Assert.Throws<ArgumentNullException>("fields", () => HashChain.Compute(Chain, 1, null, null!));
        Assert.Throws<ArgumentNullException>("record", () => HashChain.Append(null!, Chain, null));
        Assert.Throws<ArgumentNullException>("record", () => new ChainVerifier(Chain).Add(null!, "line-1"));
    }

    [Fact]
    public void Fields_are_written_as_invariant_text_an_instant_in_microseconds()
    {
        var at = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

        Assert.Equal((at.UtcTicks / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), HashChain.Field(at));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", HashChain.Field(id));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", HashChain.Field((Guid?)id));
        Assert.Null(HashChain.Field((Guid?)null));
        Assert.Equal("-1234567890123", HashChain.Field(-1234567890123L));
    }

    [Fact]
    public void A_verifier_refuses_the_broken_line_and_every_line_after_it()
    {
        var lines = Sealed(3);
        lines[1].Text = "falsifié";
        var verifier = new ChainVerifier(Chain);

        Assert.True(verifier.Add(lines[0], "line-1"));
        Assert.False(verifier.Add(lines[1], "line-2"));
        Assert.False(verifier.Add(lines[2], "line-3"));

        Assert.Equal((1L, (DateTimeOffset?)lines[0].At), (verifier.Checked, verifier.LastAt));
        Assert.Equal(new ChainBreak(2, lines[1].At, ChainBreakKind.Altered, "line-2"), verifier.FirstBreak);
    }

    [Fact]
    public void A_verdict_is_intact_without_a_break()
    {
        Assert.True(new JournalVerdict("vault", Chain, 3, Start, null).Intact);
        Assert.False(new JournalVerdict("vault", Chain, 1, Start, new ChainBreak(2, Start, ChainBreakKind.Missing, "line-3")).Intact);
    }

    private static List<Line> Sealed(int count)
    {
        var lines = Enumerable.Range(1, count).Select(i => new Line(i, Start.AddMinutes(i), $"Ligne {i}")).ToList();
        ChainLink? head = null;
        foreach (var line in lines)
        {
            head = HashChain.Append(line, Chain, head);
        }

        return lines;
    }

    private static ChainVerifier Verify(IEnumerable<Line> lines)
    {
        var verifier = new ChainVerifier(Chain);
        foreach (var line in lines)
        {
            if (!verifier.Add(line, $"line-{line.Number}"))
            {
                break;
            }
        }

        return verifier;
    }

    private sealed class Line(int number, DateTimeOffset at, string? text) : IChainedRecord
    {
        public int Number { get; } = number;

        public string? Text { get; set; } = text;

        public Guid? ChainId { get; private set; }

        public long? ChainPosition { get; private set; }

        public string? PreviousHash { get; private set; }

        public string? Hash { get; private set; }

        public DateTimeOffset At { get; } = at;

        public IReadOnlyList<string?> ChainedFields() => [HashChain.Field(Number), HashChain.Field(At), Text];

        public void Seal(ChainLink link) => (ChainId, ChainPosition, PreviousHash, Hash) = (link.ChainId, link.Position, link.PreviousHash, link.Hash);
    }
}
