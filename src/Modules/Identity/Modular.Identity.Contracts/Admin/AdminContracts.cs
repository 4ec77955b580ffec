using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Contracts.Admin;

public sealed record UserSummaryDto(
    Guid Id,
    string Email,
    string DisplayName,
    string? OrganisationName,
    IReadOnlyList<string> Roles,
    bool IsActive,
    DateTimeOffset? LockedUntil,
    bool MfaEnabled,
    bool MustChangePassword)
{
    /// <summary>How many shared-credential signals the account raised (evidence in <see cref="ListCredentialSignalsQuery"/>).</summary>
    public int SignalCount { get; init; }
}

/// <summary>A shared-credential signal: when, what (<c>ConcurrentSessions</c>, <c>DistantNetworks</c>), and the two sign-ins it compares.</summary>
/// <remarks><paramref name="Settled"/>: raised before the account was reactivated, kept but no longer counted.</remarks>
public sealed record CredentialSignalDto(DateTimeOffset At, string Kind, string Evidence, bool Settled);

/// <summary>An account and the shared-credential signals it raised, the latest first (100 at most).</summary>
public sealed record AccountSignalsDto(Guid UserId, string DisplayName, string Email, bool IsActive, IReadOnlyList<CredentialSignalDto> Signals);

[RequireRole(IdentityRoles.Admin)]
public sealed record ListCredentialSignalsQuery(Guid UserId) : IQuery<AccountSignalsDto>;

[RequireRole(IdentityRoles.Admin)]
public sealed record SearchUsersQuery(string? Search, int Page = 1, int PageSize = 20) : IQuery<PagedList<UserSummaryDto>>;

public sealed record CreatedUserDto(Guid UserId, string TemporaryPassword);

/// <summary>Creates an account with a temporary password to change at first sign-in.</summary>
[RequireRole(IdentityRoles.Admin)]
public sealed record CreateUserCommand(string Email, string DisplayName, Guid? OrganisationId, string Role) : ICommand<CreatedUserDto>;

[RequireRole(IdentityRoles.Admin)]
public sealed record LockUserCommand(Guid UserId) : ICommand;

[RequireRole(IdentityRoles.Admin)]
public sealed record UnlockUserCommand(Guid UserId) : ICommand;

/// <summary>Deactivates an account: sign-in refused, sessions ended, tokens revoked.</summary>
[RequireRole(IdentityRoles.Admin)]
public sealed record DeactivateUserCommand(Guid UserId) : ICommand;

[RequireRole(IdentityRoles.Admin)]
public sealed record ReactivateUserCommand(Guid UserId) : ICommand;

[RequireRole(IdentityRoles.Admin)]
public sealed record ResetUserMfaCommand(Guid UserId) : ICommand;

public sealed record OrganisationSummaryDto(Guid Id, string Name, int MemberCount);

[RequireRole(IdentityRoles.Admin)]
public sealed record ListOrganisationsQuery : IQuery<IReadOnlyList<OrganisationSummaryDto>>;

[RequireRole(IdentityRoles.Admin)]
public sealed record CreateOrganisationCommand(string Name) : ICommand<Guid>;
