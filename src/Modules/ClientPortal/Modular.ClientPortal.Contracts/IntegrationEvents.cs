using Modular.SharedKernel.Messaging;

namespace Modular.ClientPortal.Contracts;

/// <summary>An access request was kept for an advisor: the requester is told it was received.</summary>
public sealed record AccessRequestReceivedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid InsurerId, string CompanyName, string Email, string Language) : IntegrationEvent(EventId, OccurredAt);

/// <summary>An advisor refused an access request: the requester is told why.</summary>
public sealed record AccessRequestRefusedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid InsurerId, string CompanyName, string Email, string Language, string Reason) : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// A person was invited to a company's portal: the email carries the single-use link, whose token
/// travels protected (<see cref="ProtectedToken"/>) and is never stored in clear.
/// </summary>
public sealed record PortalInvitationIssuedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid InvitationId, Guid InsurerId, Guid CompanyId, string CompanyName, string Email, string DisplayName, string Language, string ProtectedToken, DateTimeOffset ExpiresAt) : IntegrationEvent(EventId, OccurredAt);
