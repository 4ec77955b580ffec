using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Sharing.Domain.CaseFiles;

/// <summary>
/// A client case file ("dossier client") in its owner's "Mes dossiers". Copies made by importing a
/// share key keep the <see cref="LineageId"/>, so importing the same file again is recognised as an
/// overwrite of the copy already there. <see cref="Revision"/> grows with every change and guards
/// against a save based on a version that is no longer the current one.
/// </summary>
internal sealed class CaseFile : AggregateRoot<Guid>
{
    private readonly List<CaseFileHistoryEntry> _history = [];
    private readonly List<RestorePoint> _restorePoints = [];

    private CaseFile(Guid id, Guid lineageId, Guid ownerId, Guid organisationId, CaseFileContent content, DateTimeOffset now)
        : base(id)
    {
        LineageId = lineageId;
        OwnerId = ownerId;
        OrganisationId = organisationId;
        Content = content;
        ClientName = content.Client.DisplayName;
        SearchName = SearchText.Fold(ClientName);
        Revision = 1;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private CaseFile()
        : base(Guid.Empty)
    {
        Content = null!;
        ClientName = "";
    }

    public Guid LineageId { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public CaseFileContent Content { get; private set; }

    /// <summary>The client's display name, kept in a column of its own for search and lists.</summary>
    public string ClientName { get; private set; }

    /// <summary>The client's name folded for search: lower case, without accents ("Émile" is found by "emile").</summary>
    public string SearchName { get; private set; } = "";

    public int Revision { get; private set; }

    /// <summary>Set when the file came from a share key (the lineage began elsewhere).</summary>
    public Guid? ImportedFromKeyId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CaseFileHistoryEntry> History => _history;

    public IReadOnlyList<RestorePoint> RestorePoints => _restorePoints;

    public static CaseFile Create(Guid ownerId, Guid organisationId, CaseFileContent content, DateTimeOffset now)
    {
        var caseFile = new CaseFile(Guid.CreateVersion7(now), Guid.CreateVersion7(now), ownerId, organisationId, content, now);
        caseFile.Record(HistoryKind.Created, ownerId, now, null);
        return caseFile;
    }

    /// <summary>The importer's own copy of a shared snapshot: same lineage, new owner, history starting at the import.</summary>
    public static CaseFile ImportCopy(Guid lineageId, Guid shareKeyId, Guid ownerId, Guid organisationId, CaseFileContent snapshot, Guid issuerId, DateTimeOffset now)
    {
        var caseFile = new CaseFile(Guid.CreateVersion7(now), lineageId, ownerId, organisationId, snapshot, now) { ImportedFromKeyId = shareKeyId };
        caseFile.Record(HistoryKind.Imported, ownerId, now, issuerId.ToString());
        return caseFile;
    }

    /// <summary>Saves a new version written by the owner, refused when based on an older revision.</summary>
    public Result Edit(int expectedRevision, CaseFileContent content, DateTimeOffset now)
    {
        if (expectedRevision != Revision)
        {
            return SharingErrors.CaseModified(Revision);
        }

        Replace(content, now);
        Record(HistoryKind.Edited, OwnerId, now, null);
        return Result.Success();
    }

    /// <summary>
    /// Replaces the content by an imported snapshot; the version erased is kept as a restore point
    /// for <see cref="RestorePoint.Lifetime"/>.
    /// </summary>
    public IReadOnlyList<ErasedField> Overwrite(CaseFileContent snapshot, Guid shareKeyId, Guid issuerId, DateTimeOffset now)
    {
        var erased = Content.ErasedBy(snapshot);
        _restorePoints.Add(new RestorePoint(Guid.CreateVersion7(now), Id, Content, Revision, now));
        Replace(snapshot, now);
        ImportedFromKeyId = shareKeyId;
        Record(HistoryKind.Overwritten, OwnerId, now, issuerId.ToString());
        return erased;
    }

    /// <summary>Brings back an overwritten version; the current one becomes a restore point in turn.</summary>
    public Result Restore(Guid restorePointId, DateTimeOffset now)
    {
        var point = _restorePoints.Find(p => p.Id == restorePointId);
        if (point is null || !point.IsAvailable(now))
        {
            return SharingErrors.RestorePointNotFound;
        }

        _restorePoints.Remove(point);
        _restorePoints.Add(new RestorePoint(Guid.CreateVersion7(now), Id, Content, Revision, now));
        Replace(point.Content, now);
        Record(HistoryKind.Restored, OwnerId, now, point.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Result.Success();
    }

    public void RecordShared(Guid shareKeyId, Guid actorId, DateTimeOffset now) => Record(HistoryKind.Shared, actorId, now, shareKeyId.ToString());

    public void RecordShareKeyRevoked(Guid shareKeyId, Guid actorId, DateTimeOffset now) => Record(HistoryKind.ShareKeyRevoked, actorId, now, shareKeyId.ToString());

    private void Replace(CaseFileContent content, DateTimeOffset now)
    {
        Content = content;
        ClientName = content.Client.DisplayName;
        SearchName = SearchText.Fold(ClientName);
        Revision++;
        UpdatedAt = now;
    }

    private void Record(HistoryKind kind, Guid actorId, DateTimeOffset now, string? detail) =>
        _history.Add(new CaseFileHistoryEntry(Id, now, kind, actorId, detail));
}
