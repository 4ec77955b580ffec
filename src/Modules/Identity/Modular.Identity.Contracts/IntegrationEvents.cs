using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Contracts;

/// <summary>An account was created (by an admin, an invitation or a mandate).</summary>
public sealed record UserCreatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, Guid? OrganisationId, string Email, string Role)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>An account was deactivated: its sessions and tokens are ended; other modules may revoke what it holds.</summary>
public sealed record UserDeactivatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// Sign-ins to an account are being refused after too many wrong passwords or codes: its owner is
/// told (once an hour at most), with the address the attempts came from.
/// </summary>
public sealed record SignInThrottledIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Email, string Language, string? RemoteAddress)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// Someone registered with an address that is not yet proved: the code to give back, encrypted
/// (the outbox never holds it in clear), goes to that address.
/// </summary>
public sealed record EmailCodeRequestedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Email, string Language, string ProtectedCode)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>Someone tried to register with an address that already has an account: its owner is told, nothing else happens.</summary>
public sealed record EmailAlreadyRegisteredIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, string Email, string Language)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// Another person seemed to use an account's credentials (<paramref name="Evidence"/>: the signals):
/// the account was deactivated, its sessions ended and tokens revoked; its holder and the mandators
/// it acted for are told why.
/// </summary>
public sealed record SharedCredentialsDetectedIntegrationEvent(
    Guid EventId, DateTimeOffset OccurredAt, Guid UserId, string Email, string DisplayName, string Language, string Evidence)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// An account was made for a mandatary: its credentials leave split, the username to the
/// mandator's address and the temporary password (encrypted here, the outbox never holds it in
/// clear) to the mandatary's, so that neither address alone gives both.
/// </summary>
public sealed record MandataryCredentialsIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string UserName,
    string ProtectedPassword,
    string MandataryName,
    string MandataryEmail,
    string MandatorName,
    string MandatorEmail,
    string ServiceFrench,
    string ServiceEnglish,
    string Language)
    : IntegrationEvent(EventId, OccurredAt);
