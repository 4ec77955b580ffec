using Modular.SharedKernel.Journals;

namespace Modular.Sharing.Domain.CaseFiles;

internal enum HistoryKind
{
    Created,
    Edited,
    Shared,
    Imported,
    Overwritten,
    Restored,
    ShareKeyRevoked,
}

/// <summary>One line of a case file's history ("historique"): every edit, share, import and overwrite.</summary>
internal sealed class CaseFileHistoryEntry : IChainedRecord
{
    public CaseFileHistoryEntry(Guid caseFileId, DateTimeOffset at, HistoryKind kind, Guid actorId, string? detail)
    {
        CaseFileId = caseFileId;
        At = at;
        Kind = kind;
        ActorId = actorId;
        Detail = detail;
    }

    public long Id { get; private set; }

    public Guid CaseFileId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public HistoryKind Kind { get; private set; }

    public Guid ActorId { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The mandatary who wrote the line for <see cref="ActorId"/> (« pour le compte de »), when one did.</summary>
    public Guid? ActingUserId { get; private set; }

    /// <summary>Names the mandatary the line was written by, for its actor (set once, as the line is saved).</summary>
    public void WrittenBy(Guid? actingUserId) => ActingUserId ??= actingUserId;

    public Guid? ChainId { get; private set; }

    public long? ChainPosition { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public void Seal(ChainLink link) => (ChainId, ChainPosition, PreviousHash, Hash) = (link.ChainId, link.Position, link.PreviousHash, link.Hash);

    public IReadOnlyList<string?> ChainedFields() =>
        [HashChain.Field(Id), HashChain.Field(CaseFileId), HashChain.Field(At), Kind.ToString(), HashChain.Field(ActorId), HashChain.Field(ActingUserId), Detail];
}
