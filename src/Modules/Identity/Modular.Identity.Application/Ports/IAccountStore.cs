using Modular.Identity.Contracts.Account;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Contracts.Mandataries;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Ports;

/// <summary>Accounts as ASP.NET Core Identity keeps them; implemented in infrastructure.</summary>
internal interface IAccountStore
{
    Task<AccountDto?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<AccountContactDto?> FindContactAsync(Guid userId, CancellationToken cancellationToken);

    Task<AccountSummaryDto?> FindByPersonalCodeAsync(string code, CancellationToken cancellationToken);

    Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken);

    /// <summary>The account that has this address, if any: its organisation and whether it is an agent's.</summary>
    Task<EmailOwnerDto> FindEmailOwnerAsync(string email, CancellationToken cancellationToken);

    Task<bool> UserNameExistsAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The account's next sign-in asks for a new password.</summary>
    Task RequirePasswordChangeAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Whether the account signs in with a username of its own (an account made for a mandate).</summary>
    Task<bool> HasOwnUserNameAsync(Guid userId, CancellationToken cancellationToken);

    Task<bool> PersonalCodeExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>Creates the account and saves the event with it, in one transaction.</summary>
    Task<Result<Guid>> CreateAsync(NewAccount account, string password, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken);

    Task<PagedList<UserSummaryDto>> SearchAsync(string? search, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrganisationMemberDto>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, int>> CountMembersAsync(CancellationToken cancellationToken);

    Task<Result> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Stores a language already checked against <see cref="PreferredLanguages"/>.</summary>
    Task<Result> SetPreferredLanguageAsync(Guid userId, string language, CancellationToken cancellationToken);

    Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    Task<Result> SetLockedAsync(Guid userId, bool locked, CancellationToken cancellationToken);

    /// <summary>Deactivates or reactivates; deactivation ends sessions and revokes tokens, with the event saved alongside.</summary>
    Task<Result> SetActiveAsync(Guid userId, bool active, IIntegrationEvent? changed, CancellationToken cancellationToken);

    Task<Result> ResetMfaAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The pending enrolment (an authenticator key kept while MFA is off), with a new key when none is
    /// pending. Storing the key leaves the security stamp alone, so no session ends.
    /// </summary>
    Task<Result<MfaEnrolmentDto>> StartMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The pending enrolment, or <see cref="IdentityErrors.MfaEnrolmentNotStarted"/>; never creates one.</summary>
    Task<Result<MfaEnrolmentDto>> FindMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Enables MFA when the code matches the pending key, which changes the security stamp; returns
    /// new recovery codes. A wrong code keeps the key.
    /// </summary>
    Task<Result<IReadOnlyList<string>>> ConfirmMfaEnrolmentAsync(Guid userId, string code, CancellationToken cancellationToken);

    /// <summary>Discards the pending key (MFA stays off); the security stamp is left alone.</summary>
    Task<Result> CancelMfaEnrolmentAsync(Guid userId, CancellationToken cancellationToken);

    Task DisableMfaAsync(Guid userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(Guid userId, CancellationToken cancellationToken);
}
