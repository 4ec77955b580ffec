using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Vault.Contracts;

/// <summary>The API scopes of the vault, and the role that works in an organisation's vault.</summary>
public static class VaultScopes
{
    public const string Read = "vault.read";
    public const string Write = "vault.write";

    /// <summary>The organisation's agents keep its vault ("Coffre").</summary>
    public const string AgentRole = "Agent";
}

/// <summary>The Vault module's online service a professional may mandate a member of their staff to use.</summary>
public static class VaultServices
{
    /// <summary>« Coffre »: the folders and documents, the people invited, links and collection requests.</summary>
    public static readonly DelegableService Vault = new(
        "vault", "Coffre", "Vault", [StaffCategory.Administrative, StaffCategory.Professional], [VaultScopes.Read, VaultScopes.Write]);
}

/// <summary>
/// A folder of the organisation's vault ("dossier", e.g. a vehicle registration file, "dossier
/// SIV"), with what the caller may do in it; <see cref="IsHomePage"/>: an invited person's home page.
/// </summary>
public sealed record FolderDto(Guid Id, string Name, bool IsPublic, int DocumentCount, long TotalSize, DateTimeOffset CreatedAt, FolderAccessLevel Access = FolderAccessLevel.Manage, bool IsHomePage = false);

public sealed record DocumentDto(
    Guid Id,
    Guid FolderId,
    string Name,
    string ContentType,
    long Size,
    string Sha256,
    Guid UploadedBy,
    DateTimeOffset UploadedAt);

public enum JournalEntryKind
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

/// <summary>One line of a folder's journal ("journal du dossier"): append-only.</summary>
/// <remarks>
/// <see cref="Values"/> are data (names, counts, a <c>variant</c> of the kind's sentence) that the
/// reader's language renders; <see cref="Text"/> is set instead for lines written before, in French.
/// </remarks>
public sealed record JournalEntryDto(DateTimeOffset At, JournalEntryKind Kind, Guid? ActorId, IReadOnlyDictionary<string, string> Values, string? Text)
{
    /// <summary>The mandatary who wrote the line for <see cref="ActorId"/>, when one did.</summary>
    public Guid? ActingUserId { get; init; }

    /// <summary>The actor's name as the organisation knows them now; null for someone outside it (a link's recipient).</summary>
    public string? ActorName { get; init; }

    /// <summary>The mandatary's name, when one wrote the line (« Claire Martin pour le compte de Dr Jean Dupont »).</summary>
    public string? ActingName { get; init; }
}

/// <summary>A folder, its documents, and its journal (empty for those who do not manage the folder).</summary>
public sealed record FolderDetailsDto(FolderDto Folder, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<JournalEntryDto> Journal);

/// <summary>A document's bytes, to stream (never buffered whole); the caller disposes <see cref="Content"/>.</summary>
public sealed record DocumentContentDto(DocumentDto Document, Stream Content);

/// <summary>
/// The folders the caller reaches, by name: all of an agent's organisation's folders; for a person
/// invited into vaults or an API client, those they were given access to.
/// </summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Read)]
public sealed record ListFoldersQuery : IQuery<IReadOnlyList<FolderDto>>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CreateFolderCommand(string Name, bool IsPublic) : ICommand<Guid>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RenameFolderCommand(Guid FolderId, string Name) : ICommand;

/// <summary>
/// What deleting a folder would do, for the confirmation: the folder with its document count and
/// size, and what else goes with it. <see cref="IsHomePage"/>: a person's home page, which is not deleted.
/// </summary>
public sealed record FolderDeletionDto(FolderDto Folder, int LinksToRevoke, int Grants, int OpenCollectionRequests, bool IsHomePage);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record GetFolderDeletionQuery(Guid FolderId) : IQuery<FolderDeletionDto>;

/// <summary>What a folder's deletion did.</summary>
public sealed record FolderDeletedDto(Guid Id, string Name, int Documents, int LinksRevoked, int GrantsRemoved, int CollectionRequestsCancelled);

/// <summary>
/// Deletes a folder of the caller's organisation with its documents (their bytes are removed after
/// the commit), revokes its links that can still be used (an open download session ends), removes
/// the rights given on it and cancels its open collection requests; the folder's journal is kept,
/// ending with the deletion, and stays readable in the deleted folders. With
/// <paramref name="ExpectedDocumentCount"/> (the count the confirmation named), a folder that holds
/// another number of documents by then is left as it is (<c>folder-changed</c>). A person's home
/// page is not deleted (<c>folder-is-home-page</c>).
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record DeleteFolderCommand(Guid FolderId, int? ExpectedDocumentCount) : ICommand<FolderDeletedDto>;

/// <summary>A deleted folder: its name, when, and the journal line of its deletion (who, what went with it).</summary>
public sealed record DeletedFolderDto(Guid Id, string Name, bool IsPublic, DateTimeOffset CreatedAt, DateTimeOffset DeletedAt, Guid? DeletedBy, JournalEntryDto? Deletion);

/// <summary>The deleted folders of the caller's organisation, the latest deleted first.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record ListDeletedFoldersQuery : IQuery<IReadOnlyList<DeletedFolderDto>>;

/// <summary>A deleted folder with the journal it kept, newest first.</summary>
public sealed record DeletedFolderDetailsDto(DeletedFolderDto Folder, IReadOnlyList<JournalEntryDto> Journal);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record GetDeletedFolderQuery(Guid FolderId) : IQuery<DeletedFolderDetailsDto>;

/// <summary>A folder with its documents (newest first) and its journal (newest first).</summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Read)]
public sealed record GetFolderQuery(Guid FolderId) : IQuery<FolderDetailsDto>;

/// <summary>
/// Stores one uploaded file in a folder. The content is streamed to the blob store while it is
/// measured and hashed; its type is read from its first bytes and must match the name's extension
/// and the allow-list; nothing is kept when any check fails.
/// </summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Write)]
public sealed record UploadDocumentCommand(Guid FolderId, string FileName, Stream Content) : ICommand<DocumentDto>;

/// <summary>Renames a document; with <paramref name="FolderId"/> (a folder page), only a document of that folder.</summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Write)]
public sealed record RenameDocumentCommand(Guid DocumentId, string Name, Guid? FolderId = null) : ICommand;

/// <summary>Deletes a document; with <paramref name="FolderId"/> (a folder page), only a document of that folder.</summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Write)]
public sealed record DeleteDocumentCommand(Guid DocumentId, Guid? FolderId = null) : ICommand;

/// <summary>Opens a document of a folder the caller can read, for download.</summary>
[RequireAuthenticated]
[RequireScope(VaultScopes.Read)]
public sealed record OpenDocumentQuery(Guid DocumentId) : IQuery<DocumentContentDto>;

/// <summary>What the vault accepts, for forms and API clients to show before an upload.</summary>
public sealed record UploadRulesDto(long MaxFileBytes, IReadOnlyList<string> Extensions);

[RequireAuthenticated]
public sealed record GetUploadRulesQuery : IQuery<UploadRulesDto>;

// ---- Download links ("Lien de téléchargement") ----

/// <summary>A link just made: <see cref="Url"/> ends in <c>/l/{token}</c>; <see cref="Code"/> is there only when it was generated.</summary>
public sealed record CreatedDownloadLinkDto(Guid Id, string Url, DateTimeOffset ExpiresAt, string? Code, bool Emailed);

/// <summary>
/// Makes a one-time link to documents of one folder, protected by a 6-digit code (typed, or
/// generated when <paramref name="Code"/> is empty). With <paramref name="RecipientEmail"/>, the
/// link (never the code) is emailed.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CreateDownloadLinkCommand(IReadOnlyList<Guid> DocumentIds, string? Code, string? RecipientEmail, string Culture) : ICommand<CreatedDownloadLinkDto>;

public enum DownloadLinkStatus
{
    Active,
    Used,
    Expired,
    Locked,
    Revoked,
}

/// <summary>
/// A link made from a folder, as the folder's agents follow it ("Liens de téléchargement"):
/// <see cref="Status"/> is its state now; a used link whose files were all fetched also has
/// <see cref="DownloadedAt"/>. <see cref="CanRevoke"/>: it can still open, or its download session
/// is open now. <see cref="HasReceipt"/>: the recipient fetched one of its documents at least, so a
/// download receipt can be had (<see cref="GetDownloadReceiptQuery"/>).
/// </summary>
public sealed record DownloadLinkSummaryDto(
    Guid Id,
    DateTimeOffset CreatedAt,
    string? CreatedByEmail,
    string? RecipientEmail,
    int FileCount,
    DateTimeOffset ExpiresAt,
    DownloadLinkStatus Status,
    DateTimeOffset? UsedAt,
    DateTimeOffset? DownloadedAt,
    int FailedAttempts,
    DateTimeOffset? RevokedAt = null,
    bool CanRevoke = false,
    bool HasReceipt = false);

/// <summary>The links made from a folder of the caller's organisation, newest first.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record ListFolderLinksQuery(Guid FolderId) : IQuery<IReadOnlyList<DownloadLinkSummaryDto>>;

/// <summary>
/// Revokes a link of the caller's organisation (sent to the wrong person, say): it opens nothing
/// any more (<c>link-revoked</c>), and a download session open from it ends. A link that can no
/// longer be used, or whose session is over, is <c>link-not-revocable</c> with the reason. With
/// <paramref name="FolderId"/> (a folder page), only a link of that folder.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RevokeDownloadLinkCommand(Guid LinkId, Guid? FolderId = null) : ICommand;

/// <summary>What the public page shows before the code: nothing is consumed by reading it.</summary>
public sealed record DownloadLinkPreviewDto(string SenderOrganisationName, int FileCount, DateTimeOffset ExpiresAt, DownloadLinkStatus Status, int AttemptsLeft);

/// <summary>Anyone holding the link may see its preview.</summary>
public sealed record GetDownloadLinkQuery(string Token) : IQuery<DownloadLinkPreviewDto>;

public sealed record DownloadFileDto(Guid Id, string Name, string ContentType, long Size);

/// <summary>An open download session: <see cref="SessionToken"/> lets its holder fetch the files until <see cref="ExpiresAt"/>.</summary>
public sealed record DownloadSessionDto(string SessionToken, DateTimeOffset ExpiresAt, IReadOnlyList<DownloadFileDto> Files);

/// <summary>
/// Posts the code of a link. The first correct code consumes the link (exactly one winner) and opens
/// a 30-minute download session; a wrong one counts, and the fifth locks the link. Wrong codes,
/// malformed codes and unknown links are also counted per <paramref name="RemoteAddress"/> (the
/// client's IP address; null when unknown, then not throttled): too many and the address is
/// refused for a while (<c>code-throttled</c>, 429, <c>retryAfter</c> in seconds).
/// </summary>
public sealed record RedeemDownloadLinkCommand(string Token, string? Code, string? RemoteAddress) : ICommand<DownloadSessionDto>;

/// <summary>One file of an open download session.</summary>
/// <summary>The session a browser opened on a link with the right code, while it lasts (its files again, after a reload).</summary>
public sealed record GetDownloadSessionQuery(string Token, string SessionToken) : IQuery<DownloadSessionDto>;

public sealed record OpenLinkDocumentQuery(string Token, string SessionToken, Guid DocumentId) : IQuery<DocumentContentDto>;

/// <summary>
/// All the files of an open download session as one ZIP (stored entries, unique names), built once
/// per link and kept in the blob store so that repeated or resumed requests get the same bytes.
/// </summary>
public sealed record OpenLinkArchiveQuery(string Token, string SessionToken) : IQuery<DocumentContentDto>;

/// <summary>
/// Tells that a response of a download session completed: one file (<paramref name="DocumentId"/>)
/// or the ZIP (null) was sent in full. When every file has been, the link is marked downloaded once,
/// its folder's journal says so and its maker is told.
/// </summary>
public sealed record RecordLinkDownloadCommand(string Token, string SessionToken, Guid? DocumentId) : ICommand;

// ---- Download receipts ("accusé de téléchargement") ----

/// <summary>
/// What a download receipt is, for those who make, name or check one: a JWS in compact serialization
/// signed with the key that signs the server's tokens (published at <c>/.well-known/jwks</c>), its
/// header's <c>typ</c> <see cref="HeaderType"/>, its payload's <c>receipt_type</c> <see cref="Type"/>
/// at <c>receipt_version</c> <see cref="Version"/>.
/// </summary>
public static class DownloadReceiptFormat
{
    public const string Type = "download-receipt";
    public const int Version = 1;
    public const string HeaderType = "download-receipt+jwt";

    /// <summary>The media type of a compact JWS (RFC 7515, section 9.2.1).</summary>
    public const string MediaType = "application/jose";

    /// <summary>The longest text taken to check: far more than the receipt of a link to a few hundred files.</summary>
    public const int MaxLength = 200_000;
}

/// <summary>
/// One document of the link, as the receipt states it: its name, size and SHA-256 when the receipt
/// was made (null for a document deleted from the vault since), and whether the recipient fetched it
/// in full (on its own or in the ZIP).
/// </summary>
public sealed record DownloadReceiptFileDto(Guid Id, string? Name, long? Size, string? Sha256, bool Fetched);

/// <summary>What a download receipt says: who issued it and when, the link, its recipient, its times and its files.</summary>
public sealed record DownloadReceiptContentDto(
    string Issuer,
    DateTimeOffset IssuedAt,
    Guid LinkId,
    string OrganisationName,
    Guid FolderId,
    string? RecipientEmail,
    DateTimeOffset LinkCreatedAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? DownloadedAt,
    DateTimeOffset? RevokedAt,
    IReadOnlyList<DownloadReceiptFileDto> Files);

/// <summary>A receipt just signed: <see cref="Jws"/> is the text to keep or hand over, <see cref="FileName"/> the name to save it under.</summary>
public sealed record DownloadReceiptDto(string Jws, string KeyId, string FileName, DownloadReceiptContentDto Content);

/// <summary>
/// The receipt of a link of the caller's organisation whose documents the recipient downloaded (one
/// at least): <c>link-not-downloaded</c> before that. Another organisation's link, or a link of a
/// folder the caller does not manage, is <c>download-link-not-found</c>; with
/// <paramref name="FolderId"/> (a folder page), only a link of that folder.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record GetDownloadReceiptQuery(Guid LinkId, Guid? FolderId = null) : IQuery<DownloadReceiptDto>;

/// <summary>A receipt whose signature is valid: the key that signed it, and what it says.</summary>
public sealed record VerifiedDownloadReceiptDto(string KeyId, string Algorithm, DownloadReceiptContentDto Content);

/// <summary>
/// Checks a pasted receipt against the keys the server publishes; a refusal is
/// <c>download-receipt-invalid</c> with the reason (<c>empty</c>, <c>too-long</c>, <c>malformed</c>,
/// <c>key-unknown</c>, <c>signature</c>, <c>not-a-receipt</c>). Whitespace (line breaks of a copy) is ignored.
/// </summary>
[RequireAuthenticated]
public sealed record VerifyDownloadReceiptQuery(string? Receipt) : IQuery<VerifiedDownloadReceiptDto>;
