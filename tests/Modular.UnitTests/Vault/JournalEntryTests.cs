using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault;

/// <summary>What a line of a folder's journal keeps of its values, and how it reads them back.</summary>
public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static JournalEntry Line(params (string Key, string Value)[] values) =>
        new(Guid.NewGuid(), Now, JournalKind.DocumentUploaded, Guid.NewGuid(), values);

    [Fact]
    public void A_lines_values_are_read_back_as_written()
    {
        var line = Line(("name", "Relevé d'identité.pdf"), (JournalEntry.VariantKey, "recipient"));

        Assert.Equal(new Dictionary<string, string> { ["name"] = "Relevé d'identité.pdf", ["variant"] = "recipient" }, line.Values);
        Assert.Equal("{\"name\":\"Relevé d'identité.pdf\",\"variant\":\"recipient\"}", line.Detail);
    }

    [Fact]
    public void Each_value_is_cut_to_120_characters_and_shorter_ones_are_kept_whole()
    {
        var line = Line(("long", new string('a', 121)), ("limit", new string('b', 120)), ("short", "c"));

        Assert.Equal(new string('a', 120), line.Values!["long"]);
        Assert.Equal(new string('b', 120), line.Values["limit"]);
        Assert.Equal("c", line.Values["short"]);
    }

    [Fact]
    public void A_line_is_written_with_values()
    {
        IReadOnlyDictionary<string, string> none = null!;

        Assert.Throws<ArgumentNullException>(() => new JournalEntry(Guid.NewGuid(), Now, JournalKind.FolderCreated, null, none));
    }

    [Fact]
    public void An_older_line_holding_a_sentence_has_no_values()
    {
        var line = Line().With(nameof(JournalEntry.Detail), "Document « scan.pdf » déposé.");

        Assert.Null(line.Values);
    }

    [Fact]
    public void A_detail_that_only_looks_like_values_has_none()
    {
        var line = Line().With(nameof(JournalEntry.Detail), "{ déposé");

        Assert.Null(line.Values);
    }

    [Fact]
    public void The_mandatary_who_wrote_a_line_is_named_once()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var line = Line();

        line.WrittenBy(first);
        line.WrittenBy(second);

        Assert.Equal(first, line.ActingUserId);
    }
}
