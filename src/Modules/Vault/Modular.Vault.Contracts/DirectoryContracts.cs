using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Vault.Contracts;

/// <summary>What someone may do in a folder; each level includes the ones before it.</summary>
public enum FolderAccessLevel
{
    None,
    Read,
    Write,
    Manage,
}

// ---- Directory: « Personnes et sociétés » ----

/// <summary>What an agent types about a person; the last name is required, the rest optional.</summary>
public sealed record PersonInput(
    string? LastName,
    string? FirstName = null,
    string? Company = null,
    string? Email = null,
    string? Mobile = null,
    string? AddressLine1 = null,
    string? AddressLine2 = null,
    string? PostalCode = null,
    string? City = null,
    string? Country = null);

/// <summary>A person of the directory; <see cref="PendingInvitationId"/> is their invitation still waiting to be accepted, if any.</summary>
public sealed record PersonDto(
    Guid Id,
    string DisplayName,
    string LastName,
    string? FirstName,
    string? Company,
    string? Email,
    string? Mobile,
    string? AddressLine1,
    string? AddressLine2,
    string? PostalCode,
    string? City,
    string? Country,
    bool HasAccount,
    DateTimeOffset CreatedAt,
    Guid? PendingInvitationId = null);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record SearchPeopleQuery(string? Search) : IQuery<IReadOnlyList<PersonDto>>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CreatePersonCommand(PersonInput Person) : ICommand<Guid>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record UpdatePersonCommand(Guid PersonId, PersonInput Person) : ICommand;

public enum InvitationStatus
{
    Sent,
    Accepted,
    Expired,
    Locked,
    Cancelled,
}

public enum InvitationLinkChannel
{
    Email,
    Letter,
}

public enum InvitationCodeChannel
{
    Sms,
    Phone,
}

/// <summary>
/// An invitation as the agent sees it on the person's Invite tab. <see cref="CodeToGive"/> is the
/// validation code when the person must phone for it (no mobile number), while it can still be used.
/// </summary>
public sealed record InvitationDto(
    Guid Id,
    InvitationStatus Status,
    InvitationLinkChannel LinkChannel,
    InvitationCodeChannel CodeChannel,
    string? CodeToGive,
    int Reminders,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSentAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    string? Comment);

/// <summary>A folder someone can reach, and how.</summary>
public sealed record PersonFolderAccessDto(Guid FolderId, string FolderName, FolderAccessLevel Level, bool ByGrant, Guid? GrantId);

public sealed record PersonDetailsDto(PersonDto Person, Guid? HomeFolderId, IReadOnlyList<InvitationDto> Invitations, IReadOnlyList<PersonFolderAccessDto> Access);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record GetPersonQuery(Guid PersonId) : IQuery<PersonDetailsDto>;

// ---- Access to folders ("Gérer les accès") ----

/// <summary>
/// One right on a folder: to a person of the directory, or to an API client (its client id and
/// name; both null when the client was deleted since, and the grant gives nothing any more).
/// <see cref="PendingInvitationId"/>: the person's invitation still waiting to be accepted, which
/// the right takes effect with.
/// </summary>
public sealed record FolderGrantDto(Guid Id, Guid? PersonId, string? PersonName, bool PersonHasAccount, string? ClientId, string? ClientName, FolderAccessLevel Level, DateTimeOffset GrantedAt, Guid? PendingInvitationId = null);

/// <summary>An API client of the organisation, to choose from: <see cref="Id"/> is what a grant names (the OpenID Connect server's id of it).</summary>
public sealed record FolderClientDto(string Id, string ClientId, string DisplayName);

/// <summary>Who reaches a folder, and the organisation's API clients that may be given access to it.</summary>
public sealed record FolderAccessDto(FolderDto Folder, IReadOnlyList<FolderGrantDto> Grants, IReadOnlyList<FolderClientDto> Clients);

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Read)]
public sealed record GetFolderAccessQuery(Guid FolderId) : IQuery<FolderAccessDto>;

/// <summary>Gives (or changes) a person's right on a folder.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record GrantPersonAccessCommand(Guid FolderId, Guid PersonId, FolderAccessLevel Level) : ICommand;

/// <summary>
/// Lets an API client's own tokens (client credentials) read a folder, or also upload to it. The
/// client is one of the caller's organisation, named by <see cref="FolderClientDto.Id"/>; any other
/// id is <c>api-client-not-found</c>.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record GrantClientAccessCommand(Guid FolderId, string ClientApplicationId, FolderAccessLevel Level) : ICommand;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RevokeAccessCommand(Guid GrantId) : ICommand;

// ---- Invitations ----

/// <summary>What happened to a new invitation, or a reminder: how each half travelled.</summary>
public sealed record InvitationSentDto(Guid InvitationId, InvitationLinkChannel LinkChannel, InvitationCodeChannel CodeChannel, string? CodeToGive);

/// <summary>
/// Invites a person of the directory into the vault ("Inviter"). The link goes by email, else by
/// postal letter, else nothing is sent (<c>invitation-unreachable</c>); the code by SMS, else the
/// agent gives it by phone. With <paramref name="FolderId"/>, the person is also given
/// <paramref name="Level"/> on that folder (the default rights are read on public folders and write
/// on the person's home page).
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record InvitePersonCommand(Guid PersonId, Guid? FolderId, FolderAccessLevel Level, string? Comment, string Culture) : ICommand<InvitationSentDto>;

/// <summary>« Relancer »: a new link and a new code, by the same channels; the old ones stop working.</summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record RemindInvitationCommand(Guid InvitationId, string Culture) : ICommand<InvitationSentDto>;

[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record CancelInvitationCommand(Guid InvitationId) : ICommand;

/// <summary>
/// Gives a person who already has an account access to the vault at once, with the personal
/// identification code they gave (« Code personnel d'identification »): no invitation is sent.
/// </summary>
[RequireRole(VaultScopes.AgentRole)]
[RequireScope(VaultScopes.Write)]
public sealed record GrantByPersonalCodeCommand(Guid PersonId, string PersonalCode) : ICommand;

/// <summary>What the invitation page shows before the code; reading it consumes nothing.</summary>
public sealed record InvitationPreviewDto(string OrganisationName, string PersonName, string? Email, InvitationStatus Status, int AttemptsLeft, DateTimeOffset ExpiresAt);

public sealed record GetInvitationQuery(string Token) : IQuery<InvitationPreviewDto>;

/// <summary>
/// Checks the validation code of an invitation. Wrong codes count (the fifth locks it) and, with
/// malformed codes and unknown links, count per <paramref name="RemoteAddress"/> (429 when too
/// many). The right code returns a session token valid 30 minutes, to sign in or create an account.
/// </summary>
public sealed record VerifyInvitationCodeCommand(string Token, string? Code, string? RemoteAddress) : ICommand<string>;

/// <summary>
/// Whether <paramref name="SessionToken"/> is the open code session of the invitation: checked before
/// an account is created for it, so that only a verified invitation leads to a new account.
/// </summary>
public sealed record CheckInvitationSessionQuery(string Token, string SessionToken) : IQuery<bool>;

/// <summary>
/// Accepts the invitation for the signed-in account (once, one conditional update): the person is
/// linked to it and their rights apply. Returns the person's home page folder.
/// </summary>
[RequireAuthenticated]
public sealed record AcceptInvitationCommand(string Token, string SessionToken) : ICommand<Guid>;

// ---- The invited person's side ----

public sealed record SharedFolderDto(FolderDto Folder, FolderAccessLevel Level, bool IsHomePage);

/// <summary>A vault the caller was invited into, with the folders they can reach (home page first).</summary>
public sealed record SharedVaultDto(Guid OrganisationId, string OrganisationName, Guid PersonId, IReadOnlyList<SharedFolderDto> Folders);

[RequireAuthenticated]
public sealed record ListMyVaultsQuery : IQuery<IReadOnlyList<SharedVaultDto>>;
