namespace Modular.SharedKernel.Journals;

/// <summary>
/// A line of a journal that is a hash chain (ADR 0052): once sealed, it carries its chain, its place
/// in it, the hash of the line before and its own hash, over its fields and those three.
/// </summary>
public interface IChainedRecord
{
    /// <summary>The chain the line belongs to (an organisation, or a case file); null until sealed.</summary>
    Guid? ChainId { get; }

    /// <summary>1 for the first line of its chain, then 2, 3…; null until sealed.</summary>
    long? ChainPosition { get; }

    string? PreviousHash { get; }

    string? Hash { get; }

    DateTimeOffset At { get; }

    /// <summary>What the line says, in a fixed order: every field the hash must cover.</summary>
    IReadOnlyList<string?> ChainedFields();

    void Seal(ChainLink link);
}

/// <summary>Where a line was sealed in its chain.</summary>
public readonly record struct ChainLink(Guid ChainId, long Position, string? PreviousHash, string Hash);
