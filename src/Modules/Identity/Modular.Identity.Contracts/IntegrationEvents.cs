using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Contracts;

/// <summary>An account was created (by an admin, an invitation or a mandate).</summary>
public sealed record UserCreatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, Guid? OrganisationId, string Email, string Role)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>An account was deactivated: its sessions and tokens are ended; other modules may revoke what it holds.</summary>
public sealed record UserDeactivatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid UserId)
    : IntegrationEvent(EventId, OccurredAt);
