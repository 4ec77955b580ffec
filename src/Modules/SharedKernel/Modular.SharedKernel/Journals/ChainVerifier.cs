namespace Modular.SharedKernel.Journals;

public enum ChainBreakKind
{
    /// <summary>The line's fields no longer give its hash: it was changed after it was sealed.</summary>
    Altered,

    /// <summary>A position is missing: a line was deleted.</summary>
    Missing,

    /// <summary>The line does not carry the hash of the line before it: the chain was cut or spliced.</summary>
    Relinked,
}

/// <summary>The first line where a chain does not hold: its position, when it was written, what is wrong, and its row.</summary>
public sealed record ChainBreak(long Position, DateTimeOffset At, ChainBreakKind Kind, string Record);

/// <summary>
/// Checks a chain's lines given in order of position, one at a time (a chain can be long), and keeps
/// the first break; past it, nothing more is checked.
/// </summary>
public sealed class ChainVerifier(Guid chainId)
{
    private string? _previousHash;

    public Guid ChainId { get; } = chainId;

    public long Checked { get; private set; }

    public DateTimeOffset? LastAt { get; private set; }

    public ChainBreak? FirstBreak { get; private set; }

    /// <summary>Checks the next line; false once the chain is broken.</summary>
    public bool Add(IChainedRecord record, string recordId)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (FirstBreak is not null)
        {
            return false;
        }

        var expected = Checked + 1;
        if (record.ChainPosition is not { } position || position < expected)
        {
            FirstBreak = new ChainBreak(expected, record.At, ChainBreakKind.Relinked, recordId);
        }
        else if (position > expected)
        {
            FirstBreak = new ChainBreak(expected, record.At, ChainBreakKind.Missing, recordId);
        }
        else if (!string.Equals(record.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            FirstBreak = new ChainBreak(expected, record.At, ChainBreakKind.Relinked, recordId);
        }
        else if (!string.Equals(record.Hash, HashChain.Compute(ChainId, position, _previousHash, record.ChainedFields()), StringComparison.Ordinal))
        {
            FirstBreak = new ChainBreak(expected, record.At, ChainBreakKind.Altered, recordId);
        }
        else
        {
            Checked = expected;
            LastAt = record.At;
            _previousHash = record.Hash;
            return true;
        }

        return false;
    }
}
