namespace Modular.Sharing.Domain.CaseFiles;

/// <summary>A version of a case file that an import overwrote, kept so its owner can bring it back for 30 days.</summary>
internal sealed class RestorePoint
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public RestorePoint(Guid id, Guid caseFileId, CaseFileContent content, int revision, DateTimeOffset overwrittenAt)
    {
        Id = id;
        CaseFileId = caseFileId;
        Content = content;
        Revision = revision;
        OverwrittenAt = overwrittenAt;
        ExpiresAt = overwrittenAt + Lifetime;
    }

    private RestorePoint()
    {
        Content = null!;
    }

    public Guid Id { get; private set; }

    public Guid CaseFileId { get; private set; }

    public CaseFileContent Content { get; private set; }

    /// <summary>The revision the case file had when this version was overwritten.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset OverwrittenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsAvailable(DateTimeOffset now) => now < ExpiresAt;
}
