using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Contracts.Mandataries;

/// <summary>Whose an address is: <see cref="Taken"/> false when no account has it.</summary>
public sealed record EmailOwnerDto(bool Taken, Guid? UserId, Guid? OrganisationId, bool IsAgent);

/// <summary>
/// Whose account an address belongs to, for the checks of a mandate request (an address given for
/// a mandate must not be another account's). Asked by the mandatary through their link too, who is
/// not signed in: it tells whether an account exists, nothing else about it.
/// </summary>
public sealed record FindEmailOwnerQuery(string Email) : IQuery<EmailOwnerDto>;

/// <summary>The mandatary's account: <see cref="Created"/> when it was made now (its credentials are on their way).</summary>
public sealed record MandataryAccountDto(Guid UserId, bool Created);

/// <summary>
/// On a mandate's approval, the mandatary's account. An agent of the same organisation who already
/// has one keeps it. Otherwise one is made (role Agent, same organisation) with a username of its
/// own and a temporary password to change at first sign-in; the username is emailed to the
/// mandator's address, the password to the mandatary's. An address that is another organisation's
/// or an outsider's account is refused (<c>mandatary-email-taken</c>).
/// </summary>
[RequireRole(IdentityRoles.Admin, IdentityRoles.MandateOfficer)]
public sealed record ProvisionMandataryAccountCommand(
    Guid OrganisationId,
    string MandataryName,
    string MandataryEmail,
    string MandatorName,
    string MandatorEmail,
    string ServiceFrench,
    string ServiceEnglish,
    string Language) : ICommand<MandataryAccountDto>;
