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

/// <summary>A folder of the organisation's vault ("dossier", e.g. a vehicle registration file, "dossier SIV").</summary>
public sealed record FolderDto(Guid Id, string Name, bool IsPublic, int DocumentCount, long TotalSize, DateTimeOffset CreatedAt);

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
}

/// <summary>One line of a folder's journal ("journal du dossier"): append-only.</summary>
public sealed record JournalEntryDto(DateTimeOffset At, JournalEntryKind Kind, Guid? ActorId, string Detail);

public sealed record FolderDetailsDto(FolderDto Folder, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<JournalEntryDto> Journal);

/// <summary>A document's bytes, to stream (never buffered whole); the caller disposes <see cref="Content"/>.</summary>
public sealed record DocumentContentDto(DocumentDto Document, Stream Content);

/// <summary>The caller's organisation's folders, by name.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record ListFoldersQuery : IQuery<IReadOnlyList<FolderDto>>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CreateFolderCommand(string Name, bool IsPublic) : ICommand<Guid>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RenameFolderCommand(Guid FolderId, string Name) : ICommand;

/// <summary>A folder with its documents (newest first) and its journal (newest first).</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record GetFolderQuery(Guid FolderId) : IQuery<FolderDetailsDto>;

/// <summary>
/// Stores one uploaded file in a folder. The content is streamed to the blob store while it is
/// measured and hashed; its type is read from its first bytes and must match the name's extension
/// and the allow-list; nothing is kept when any check fails.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record UploadDocumentCommand(Guid FolderId, string FileName, Stream Content) : ICommand<DocumentDto>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RenameDocumentCommand(Guid DocumentId, string Name) : ICommand;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record DeleteDocumentCommand(Guid DocumentId) : ICommand;

/// <summary>Opens a document of the caller's organisation for download.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record OpenDocumentQuery(Guid DocumentId) : IQuery<DocumentContentDto>;

/// <summary>What the vault accepts, for forms and API clients to show before an upload.</summary>
public sealed record UploadRulesDto(long MaxFileBytes, IReadOnlyList<string> Extensions);

[RequireRole(VaultScopes.AgentRole)]
public sealed record GetUploadRulesQuery : IQuery<UploadRulesDto>;

/// <summary>Error codes of the Vault module: stable, used as problem types and resource keys.</summary>
public static class VaultErrorCodes
{
    public const string FolderNotFound = "folder-not-found";
    public const string FolderNameTaken = "folder-name-taken";
    public const string DocumentNotFound = "document-not-found";
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string FileTypeRefused = "file-type-refused";
    public const string FileTypeMismatch = "file-type-mismatch";
    public const string FileNameInvalid = "file-name-invalid";
    public const string NoOrganisation = "no-organisation";
}
