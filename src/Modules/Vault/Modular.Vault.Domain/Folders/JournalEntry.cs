using System.Text.Json;
using Modular.SharedKernel.Journals;

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
    LinkRevoked,
    FolderDeleted,
}

/// <summary>
/// A line of a folder's journal ("journal du dossier"). Written once, never changed or deleted with
/// its documents. Its detail is data (values and an optional variant of the kind's sentence),
/// rendered in the reader's language; lines written before that hold French text.
/// </summary>
internal sealed class JournalEntry : IChainedRecord
{
    public const int MaxDetailLength = 500;

    /// <summary>Each value is cut to this length so that the stored detail always fits and stays readable data.</summary>
    public const int MaxValueLength = 120;

    /// <summary>The value naming the variant of the kind's sentence (e.g. a link made for a recipient).</summary>
    public const string VariantKey = "variant";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JournalEntry(Guid folderId, DateTimeOffset at, JournalKind kind, Guid? actorId, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        FolderId = folderId;
        At = at;
        Kind = kind;
        ActorId = actorId;
        var kept = values.ToDictionary(v => v.Key, v => v.Value.Length > MaxValueLength ? v.Value[..MaxValueLength] : v.Value, StringComparer.Ordinal);
        Detail = JsonSerializer.Serialize(kept, Json);
    }

    public JournalEntry(Guid folderId, DateTimeOffset at, JournalKind kind, Guid? actorId, params (string Key, string Value)[] values)
        : this(folderId, at, kind, actorId, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal))
    {
    }

    private JournalEntry()
    {
        Detail = "";
    }

    public long Id { get; private set; }

    public Guid FolderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public JournalKind Kind { get; private set; }

    /// <summary>Who did it; null for someone outside the organisation (a link's recipient).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>The mandatary who wrote the line for <see cref="ActorId"/> (« pour le compte de »), when one did.</summary>
    public Guid? ActingUserId { get; private set; }

    /// <summary>The values as stored (JSON), or a French sentence for lines written before values were.</summary>
    public string Detail { get; private set; }

    /// <summary>Names the mandatary the line was written by, for its actor (set once, as the line is appended).</summary>
    public void WrittenBy(Guid? actingUserId) => ActingUserId ??= actingUserId;

    /// <summary>The values of the line; null for an older line that holds a sentence (<see cref="Detail"/>).</summary>
    public IReadOnlyDictionary<string, string>? Values
    {
        get
        {
            if (!Detail.StartsWith('{'))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<Dictionary<string, string>>(Detail);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public Guid? ChainId { get; private set; }

    public long? ChainPosition { get; private set; }

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    public void Seal(ChainLink link) => (ChainId, ChainPosition, PreviousHash, Hash) = (link.ChainId, link.Position, link.PreviousHash, link.Hash);

    public IReadOnlyList<string?> ChainedFields() =>
        [HashChain.Field(Id), HashChain.Field(FolderId), HashChain.Field(At), Kind.ToString(), HashChain.Field(ActorId), HashChain.Field(ActingUserId), Detail];
}
