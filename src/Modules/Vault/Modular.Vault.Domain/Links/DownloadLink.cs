using System.Linq.Expressions;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Links;

internal enum DownloadLinkState
{
    Active,
    Used,
    Expired,
    Locked,

    /// <summary>Its maker's organisation took it back: it opens nothing any more, and an open session ended.</summary>
    Revoked,
}

/// <summary>
/// A one-time link to some documents of a folder ("lien de téléchargement"), protected by a 6-digit
/// code passed on by another channel. Opening it consumes nothing; the first correct code does
/// (one conditional update in the store, see the repository) and opens a download session. Five
/// wrong codes lock it. Only hashes of the link's token, the code and the session are kept.
/// </summary>
internal sealed class DownloadLink : AggregateRoot<Guid>
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(30);

    private DownloadLink()
        : base(Guid.Empty)
    {
        TokenHash = [];
        CodeHash = [];
        DocumentIds = [];
        FetchedDocumentIds = [];
        SenderOrganisationName = "";
    }

    private DownloadLink(Guid id, Guid organisationId, Guid folderId, Guid createdBy, IReadOnlyList<Guid> documentIds, string? recipientEmail, string senderOrganisationName, DateTimeOffset now, TimeSpan lifetime)
        : base(id)
    {
        OrganisationId = organisationId;
        FolderId = folderId;
        CreatedBy = createdBy;
        DocumentIds = documentIds;
        RecipientEmail = recipientEmail;
        SenderOrganisationName = senderOrganisationName;
        CreatedAt = now;
        ExpiresAt = now + lifetime;
        TokenHash = [];
        CodeHash = [];
        FetchedDocumentIds = [];
    }

    public Guid OrganisationId { get; private set; }

    public Guid FolderId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public IReadOnlyList<Guid> DocumentIds { get; private set; }

    public string? RecipientEmail { get; private set; }

    /// <summary>Shown to the recipient ("envoyé par …"), kept so the public page needs no other module.</summary>
    public string SenderOrganisationName { get; private set; }

    /// <summary>Where the agent who made the link is told that it was used or locked.</summary>
    public string? CreatedByEmail { get; private set; }

    /// <summary>SHA-256 of the link's 256-bit token.</summary>
    public byte[] TokenHash { get; private set; }

    /// <summary>HMAC of the code, keyed by a server secret and bound to this link.</summary>
    public byte[] CodeHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset? LockedAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public byte[]? SessionHash { get; private set; }

    public DateTimeOffset? SessionExpiresAt { get; private set; }

    /// <summary>When every document was fetched in full (one by one or as the ZIP); set once.</summary>
    public DateTimeOffset? DownloadedAt { get; private set; }

    /// <summary>The documents the recipient has fetched in full, one by one.</summary>
    public IReadOnlyList<Guid> FetchedDocumentIds { get; private set; }

    /// <summary>The blob of the ZIP of all the link's documents, built at the first request for it.</summary>
    public string? ArchiveBlobId { get; private set; }

    /// <summary>When an agent revoked the link (sent to the wrong person, say); set once, by a conditional update.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? RevokedBy { get; private set; }

    public int AttemptsLeft => Math.Max(0, MaxFailedAttempts - FailedAttempts);

    /// <summary>A link to <paramref name="documentIds"/> (at least one, all of one folder: the caller checks they exist).</summary>
    public static Result<DownloadLink> Create(
        Guid organisationId, Guid folderId, Guid createdBy, IReadOnlyCollection<Guid> documentIds, string? recipientEmail,
        string senderOrganisationName, string? createdByEmail, byte[] tokenHash, Func<Guid, byte[]> codeHashOf, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(codeHashOf);
        if (documentIds.Count == 0)
        {
            return VaultErrors.NoDocumentSelected;
        }

        var link = new DownloadLink(Guid.CreateVersion7(now), organisationId, folderId, createdBy, [.. documentIds.Distinct()], recipientEmail, senderOrganisationName, now, lifetime ?? DefaultLifetime)
        {
            TokenHash = tokenHash,
            CreatedByEmail = createdByEmail,
        };
        link.CodeHash = codeHashOf(link.Id);
        return link;
    }

    public DownloadLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? DownloadLinkState.Revoked
        : UsedAt is not null ? DownloadLinkState.Used
        : LockedAt is not null || FailedAttempts >= MaxFailedAttempts ? DownloadLinkState.Locked
        : now >= ExpiresAt ? DownloadLinkState.Expired
        : DownloadLinkState.Active;

    /// <summary>Why a code cannot be tried on this link at <paramref name="now"/>; null when it can.</summary>
    public Error? RedemptionRefusal(DateTimeOffset now) => StateAt(now) switch
    {
        DownloadLinkState.Revoked => VaultErrors.LinkRevoked,
        DownloadLinkState.Used => VaultErrors.LinkUsed,
        DownloadLinkState.Locked => VaultErrors.LinkLocked,
        DownloadLinkState.Expired => VaultErrors.LinkExpired,
        _ => null,
    };

    /// <summary>
    /// Whether a link can be revoked at <paramref name="now"/>: while it can still open (not used,
    /// locked, expired nor revoked), or once used while its download session is open, so that the
    /// session ends. The store's conditional update reads this very rule, so one of a revocation
    /// and a redemption racing wins and the other sees what it did.
    /// </summary>
    public static Expression<Func<DownloadLink, bool>> RevocableAt(DateTimeOffset now) =>
        l => l.RevokedAt == null
            && ((l.UsedAt == null && l.LockedAt == null && l.FailedAttempts < MaxFailedAttempts && l.ExpiresAt > now)
                || (l.UsedAt != null && l.SessionExpiresAt > now));

    /// <summary>Why the link cannot be revoked at <paramref name="now"/> (<see cref="RevocableAt"/>); null when it can.</summary>
    public Error? RevocationRefusal(DateTimeOffset now) => StateAt(now) switch
    {
        DownloadLinkState.Revoked => VaultErrors.LinkAlreadyRevoked,
        DownloadLinkState.Used when !(SessionExpiresAt > now) => VaultErrors.LinkNotRevocableUsed,
        DownloadLinkState.Locked => VaultErrors.LinkNotRevocableLocked,
        DownloadLinkState.Expired => VaultErrors.LinkNotRevocableExpired,
        _ => null,
    };

    /// <summary>Whether the recipient was in a download session when the link was (or would be) revoked at <paramref name="now"/>.</summary>
    public bool SessionOpenAt(DateTimeOffset now) => UsedAt is not null && SessionExpiresAt > now;

    /// <summary>The ZIP's name: the same on every request, so resumed downloads line up.</summary>
    public const string ArchiveName = "documents.zip";

    /// <summary>Whether fetching <paramref name="documentId"/> (null: the ZIP) in full completes the download of this link.</summary>
    public bool CompletesDownload(Guid? documentId) =>
        documentId is not { } id || DocumentIds.All(d => d == id || FetchedDocumentIds.Contains(d));

    /// <summary>
    /// Why no download receipt ("accusé de téléchargement") can be given for this link: none of its
    /// documents has been fetched in full yet. Null once one has (a revoked link keeps what it gave).
    /// </summary>
    public Error? ReceiptRefusal() =>
        DownloadedAt is null && FetchedDocumentIds.Count == 0 ? VaultErrors.LinkNotDownloaded : null;

    /// <summary>Whether the recipient fetched <paramref name="documentId"/> in full: on its own, or in the ZIP that completed the download.</summary>
    public bool WasFetched(Guid documentId) => DownloadedAt is not null || FetchedDocumentIds.Contains(documentId);

    /// <summary>Whether <paramref name="sessionHash"/> is this link's session, open or since closed.</summary>
    public bool IsSessionOf(byte[] sessionHash) =>
        SessionHash is { } expected && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(expected, sessionHash);

    /// <summary>Whether <paramref name="sessionHash"/> opens this link's download session at <paramref name="now"/>.</summary>
    public bool SessionIsOpen(byte[] sessionHash, DateTimeOffset now) =>
        RevokedAt is null && SessionHash is { } expected && SessionExpiresAt > now
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(expected, sessionHash);
}
