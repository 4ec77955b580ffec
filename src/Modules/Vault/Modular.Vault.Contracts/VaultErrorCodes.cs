namespace Modular.Vault.Contracts;

/// <summary>
/// Error codes of the Vault module: stable, used as problem types and as the keys of the texts
/// people read (<c>Error.{code}</c> in the Host's resources, in French and English). Every code the
/// module's Domain can return is here; a test fails when one is missing or lacks a text.
/// Constants named <c>...Extension</c> are the names of problem extensions, not codes.
/// </summary>
public static class VaultErrorCodes
{
    // Folders and documents
    public const string FolderNotFound = "folder-not-found";
    public const string FolderNameInvalid = "folder-name-invalid";
    public const string FolderNameTaken = "folder-name-taken";
    public const string FolderReadOnly = "folder-read-only";
    public const string FolderNotManaged = "folder-not-managed";
    public const string DocumentNotFound = "document-not-found";
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string FileTypeRefused = "file-type-refused";
    public const string FileTypeMismatch = "file-type-mismatch";
    public const string FileNameInvalid = "file-name-invalid";
    public const string NoOrganisation = "no-organisation";
    public const string ChangedMeanwhile = "changed-meanwhile";
    public const string FolderIsHomePage = "folder-is-home-page";
    public const string FolderChanged = "folder-changed";
    public const string DocumentDamaged = "document-damaged";

    // Download links
    public const string NoDocumentSelected = "no-document-selected";
    public const string DocumentsOfSeveralFolders = "documents-of-several-folders";
    public const string LinkUnknown = "link-unknown";
    public const string LinkUsed = "link-used";
    public const string LinkExpired = "link-expired";
    public const string LinkLocked = "link-locked";
    public const string CodeInvalid = "code-invalid";
    public const string CodeMalformed = "code-malformed";
    public const string CodeThrottled = "code-throttled";
    public const string SessionClosed = "download-session-closed";
    public const string LinkRevoked = "link-revoked";
    public const string DownloadLinkNotFound = "download-link-not-found";
    public const string LinkNotRevocable = "link-not-revocable";
    public const string LinkNotDownloaded = "link-not-downloaded";
    public const string DownloadReceiptInvalid = "download-receipt-invalid";

    // People and access
    public const string PersonNotFound = "person-not-found";
    public const string PersonLinkedElsewhere = "person-linked-elsewhere";
    public const string AccountAlreadyLinked = "account-already-linked";
    public const string MobileInvalid = "mobile-invalid";
    public const string PersonalCodeMissing = "personal-code-missing";
    public const string PersonalCodeUnknown = "personal-code-unknown";
    public const string GrantNotFound = "grant-not-found";
    public const string LevelInvalid = "level-invalid";
    public const string ApiClientNotFound = "api-client-not-found";

    // Invitations
    public const string InvitationUnreachable = "invitation-unreachable";
    public const string InvitationPending = "invitation-pending";
    public const string AlreadyMember = "already-member";
    public const string InvitationNotFound = "invitation-not-found";
    public const string InvitationUnknown = "invitation-unknown";
    public const string InvitationAccepted = "invitation-accepted";
    public const string InvitationExpired = "invitation-expired";
    public const string InvitationLocked = "invitation-locked";
    public const string InvitationCancelled = "invitation-cancelled";
    public const string InvitationCodeInvalid = "invitation-code-invalid";
    public const string InvitationSessionClosed = "invitation-session-closed";
    public const string CommentTooLong = "comment-too-long";

    // Collecting documents ("Collecter des documents")
    public const string CollectionNoEmail = "collection-no-email";
    public const string EmailAddressInvalid = "email-address-invalid";
    public const string PersonNameRequired = "person-name-required";
    public const string PersonAddressIncomplete = "person-address-incomplete";
    public const string PersonFieldInvisible = "person-field-invisible";
    public const string PersonFieldTooLong = "person-field-too-long";
    public const string PersonEmailInvalid = "person-email-invalid";
    public const string CollectionNotFound = "collection-not-found";
    public const string CollectionUnknown = "collection-unknown";
    public const string CollectionCancelled = "collection-cancelled";
    public const string CollectionComplete = "collection-complete";
    public const string CollectionOverdue = "collection-overdue";
    public const string CollectionItemUnknown = "collection-item-unknown";
    public const string CollectionFileLimit = "collection-file-limit";
    public const string CollectionItemsInvalid = "collection-items-invalid";
    public const string CollectionDeadlineInvalid = "collection-deadline-invalid";
    public const string CollectionMessageTooLong = "collection-message-too-long";

    /// <summary>
    /// Extension of <see cref="LinkNotRevocable"/>: why (used, expired, locked, revoked); of
    /// <see cref="DownloadReceiptInvalid"/>: why (empty, too-long, malformed, key-unknown, signature, not-a-receipt).
    /// </summary>
    public const string ReasonExtension = "reason";

    /// <summary>Extension of <see cref="FolderChanged"/>: the documents the folder holds now.</summary>
    public const string DocumentCountExtension = "documentCount";

    /// <summary>Extension of <see cref="CodeThrottled"/>: seconds to wait (also sent as Retry-After).</summary>
    public const string RetryAfterExtension = "retryAfter";
}
