namespace Modular.SharedKernel.Journals;

/// <summary>
/// A module's journal kept as hash chains (ADR 0052): lines are sealed into their chain shortly after
/// they are written, and a chain can be checked from its first line to its last.
/// </summary>
public interface IJournalChain
{
    /// <summary>The journal's name in reports and on the integrity page: vault, sharing, portal, portfolio.</summary>
    string Journal { get; }

    /// <summary>Seals the lines written since the last round into their chains; returns how many.</summary>
    Task<int> SealAsync(CancellationToken cancellationToken);

    /// <summary>Checks the chains of one organisation, or every chain when <paramref name="organisationId"/> is null.</summary>
    Task<IReadOnlyList<JournalVerdict>> VerifyAsync(Guid? organisationId, CancellationToken cancellationToken);
}

/// <summary>What checking one chain found: how many lines hold, the last one's time, and the first break if any.</summary>
public sealed record JournalVerdict(string Journal, Guid ChainId, long Checked, DateTimeOffset? LastAt, ChainBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}
