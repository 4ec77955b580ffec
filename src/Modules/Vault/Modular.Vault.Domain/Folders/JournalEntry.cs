namespace Modular.Vault.Domain.Folders;

internal enum JournalKind
{
    FolderCreated,
    FolderRenamed,
    DocumentUploaded,
    DocumentRenamed,
    DocumentDeleted,
    LinkCreated,
    LinkUsed,
    LinkLocked,
    LinkDownloaded,
    AccessGranted,
    AccessChanged,
    AccessRevoked,
    CollectionRequested,
    DocumentCollected,
    InvitationAccepted,
}

/// <summary>A line of a folder's journal ("journal du dossier"). Written once, never changed or deleted with its documents.</summary>
internal sealed class JournalEntry
{
    public const int MaxDetailLength = 500;

    public JournalEntry(Guid folderId, DateTimeOffset at, JournalKind kind, Guid? actorId, string detail)
    {
        FolderId = folderId;
        At = at;
        Kind = kind;
        ActorId = actorId;
        Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail;
    }

    public long Id { get; private set; }

    public Guid FolderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public JournalKind Kind { get; private set; }

    /// <summary>Who did it; null for someone outside the organisation (a link's recipient).</summary>
    public Guid? ActorId { get; private set; }

    public string Detail { get; private set; }
}
