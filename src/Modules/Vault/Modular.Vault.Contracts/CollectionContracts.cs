using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Vault.Contracts;

// ---- Collecting documents ("Collecter des documents") ----

public enum CollectionStatus
{
    Open,
    Complete,
    Overdue,
    Cancelled,
}

/// <summary>A file received for an expected item: its name and date only, never its content.</summary>
public sealed record CollectedFileDto(string FileName, DateTimeOffset At);

/// <summary>An expected document ("document attendu") and the files received for it.</summary>
public sealed record CollectionItemDto(string Label, IReadOnlyList<CollectedFileDto> Files)
{
    public bool Received => Files.Count > 0;
}

public sealed record CollectionRequestDto(
    Guid Id,
    Guid FolderId,
    Guid PersonId,
    string PersonName,
    string RecipientEmail,
    IReadOnlyList<CollectionItemDto> Items,
    DateOnly Deadline,
    string? Message,
    CollectionStatus Status,
    int RemindersSent,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CancelledAt);

/// <summary>A request just made or reminded: <see cref="Url"/> ends in <c>/depot/{token}</c>, the only time it is known.</summary>
public sealed record CollectionLinkDto(Guid Id, string Url, bool Emailed);

/// <summary>
/// Asks a person of the directory for documents: the link (<c>/depot/{token}</c>) goes to the
/// person's email, with the expected items, the deadline (the last day files are taken, at most 90
/// days ahead) and the optional message. Empty items are ignored (spare rows of a form).
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CreateCollectionRequestCommand(Guid FolderId, Guid PersonId, IReadOnlyList<string?> Items, DateOnly? Deadline, string? Message, string Culture)
    : ICommand<CollectionLinkDto>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CancelCollectionRequestCommand(Guid RequestId) : ICommand;

/// <summary>« Relancer »: emails a new link; the previous link stops working.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RemindCollectionRequestCommand(Guid RequestId, string Culture) : ICommand<CollectionLinkDto>;

/// <summary>A person of the directory as the collecting page shows them, with the requests made to them (newest first).</summary>
public sealed record PersonCollectionsDto(Guid PersonId, string PersonName, string? Email, IReadOnlyList<CollectionRequestDto> Requests);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record ListPersonCollectionRequestsQuery(Guid PersonId) : IQuery<PersonCollectionsDto>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record ListFolderCollectionRequestsQuery(Guid FolderId) : IQuery<IReadOnlyList<CollectionRequestDto>>;

/// <summary>What the public page shows: the items and what was received of them; nothing of the folder.</summary>
public sealed record CollectionPreviewDto(
    string OrganisationName,
    string PersonName,
    IReadOnlyList<CollectionItemDto> Items,
    DateOnly Deadline,
    string? Message,
    CollectionStatus Status,
    UploadRulesDto Rules);

/// <summary>
/// Opens a collecting link: consumes nothing. Unknown links are counted per <paramref name="RemoteAddress"/>
/// with the download links' codes, and too many refuse the address for a while (<c>code-throttled</c>).
/// </summary>
public sealed record GetCollectionByTokenQuery(string Token, string? RemoteAddress) : IQuery<CollectionPreviewDto>;

/// <summary>
/// One file for one expected item, through the link: the vault's upload rules apply (type read from
/// the content, size limit while streaming); it lands in the request's folder, with a journal entry,
/// and the agent who asked is emailed.
/// </summary>
public sealed record UploadCollectedDocumentCommand(string Token, string Item, string FileName, Stream Content, string? RemoteAddress) : ICommand<CollectedFileDto>;
