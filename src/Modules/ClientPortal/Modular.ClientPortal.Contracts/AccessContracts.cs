using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Contracts;

public enum AccessRequestStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>A contract the requester names (line and number).</summary>
public sealed record RequestedContractDto(InsuranceLine Line, string Number);

/// <summary>The public form's heading: the insurer the request goes to, and the threshold it applies.</summary>
public sealed record AccessFormDto(Guid InsurerId, string InsurerName, decimal MinimumPremiumVolumeChf);

/// <summary>
/// « Demandez votre accès personnel via le formulaire en ligne », with no account. Refused at once,
/// nothing kept, when an address is not personal or the premium volume is under the threshold
/// (with the seed's sentences); otherwise kept for an advisor and acknowledged by email.
/// </summary>
public sealed record SubmitAccessRequestCommand(
    Guid InsurerId,
    string? CompanyName,
    string? Uid,
    IReadOnlyList<ContractInput> Contracts,
    string? PremiumVolume,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string Language) : ICommand<Guid>;

/// <summary>The heading of an insurer's public access form; an unknown insurer is not found.</summary>
public sealed record GetAccessFormQuery(Guid InsurerId) : IQuery<AccessFormDto>;

/// <summary>
/// An access request as the advisor checks it: the company already on the portal under its UID, if
/// any, with its contracts, to compare with those named.
/// </summary>
public sealed record AccessRequestDto(
    Guid Id,
    string CompanyName,
    string Uid,
    IReadOnlyList<RequestedContractDto> Contracts,
    decimal PremiumVolumeChf,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string Language,
    DateTimeOffset SubmittedAt,
    AccessRequestStatus Status,
    DateTimeOffset? DecidedAt,
    string? RefusalReason,
    Guid? CompanyId,
    ClientCompanySummaryDto? KnownCompany,
    IReadOnlyList<ContractDto> KnownContracts);

/// <summary>The insurer's access requests: the pending ones in order of arrival, or the latest 200 with <paramref name="All"/>.</summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record ListAccessRequestsQuery(bool All = false) : IQuery<IReadOnlyList<AccessRequestDto>>;

[RequireRole(PortalScopes.AgentRole)]
public sealed record GetAccessRequestQuery(Guid RequestId) : IQuery<AccessRequestDto>;

/// <summary>
/// Approves a request: for a company already on the portal (same UID), its contact is invited to it;
/// otherwise the company is created from the advisor's completed form (<paramref name="NewCompany"/>:
/// address and premium per contract, which a request does not give). The requester gets the invitation.
/// </summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record ApproveAccessRequestCommand(Guid RequestId, CreateClientCompanyCommand? NewCompany) : ICommand<Guid>;

/// <summary>Refuses a request with a reason, which is emailed to the requester.</summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record RefuseAccessRequestCommand(Guid RequestId, string? Reason) : ICommand;

public sealed record PortalInvitationDto(string CompanyName, string Email, string DisplayName, ClientUserRole Role, DateTimeOffset ExpiresAt);

/// <summary>
/// An invitation read by its link's token (no account needed): used, expired and unknown links say
/// so. Nothing changes.
/// </summary>
public sealed record GetPortalInvitationQuery(string Token) : IQuery<PortalInvitationDto>;

/// <summary>
/// Accepts an invitation for the signed-in account, whose address must be the one invited: the
/// account reads the company's documents (once it has MFA). The link is spent by one conditional
/// statement: of two concurrent acceptances, one wins.
/// </summary>
[RequireAuthenticated]
public sealed record AcceptPortalInvitationCommand(string Token) : ICommand<Guid>;

/// <summary>
/// Invites a person to the company's portal: by its advisor (any role) or by the company's client
/// admin (colleagues). The address must be personal, as for an access request.
/// </summary>
[RequireAuthenticated]
public sealed record InviteClientUserCommand(Guid? CompanyId, string? Email, string? DisplayName, ClientUserRole Role, string Language) : ICommand<Guid>;

/// <summary>Ends a colleague's access (client admin, or the company's advisor); never one's own.</summary>
[RequireAuthenticated]
public sealed record DeactivateClientUserCommand(Guid? CompanyId, Guid UserId) : ICommand;

/// <summary>An API client the company allowed to read its documents with its own token.</summary>
public sealed record AuthorisedClientDto(Guid Id, string ClientId, string DisplayName, DateTimeOffset AuthorisedAt);

/// <summary>The people of the reader's company on the portal, its pending invitations and the API clients it allowed (client admin).</summary>
public sealed record ClientTeamDto(Guid CompanyId, string CompanyName, bool CanManage, IReadOnlyList<ClientUserDto> Users, IReadOnlyList<PortalInvitationDto> Pending, IReadOnlyList<AuthorisedClientDto> ApiClients);

/// <summary>
/// The client admin allows an API client (known by its client id) to read the company's documents
/// with a client-credentials token and the scope <c>portal.read</c>; a client reads one company.
/// </summary>
[RequireAuthenticated]
public sealed record AuthoriseApiClientCommand(string? ClientId) : ICommand<Guid>;

/// <summary>The client admin withdraws an API client's access: its next request finds no company.</summary>
[RequireAuthenticated]
public sealed record RevokeApiClientCommand(Guid AuthorisationId) : ICommand;

[RequireAuthenticated]
public sealed record GetClientTeamQuery : IQuery<ClientTeamDto>;
