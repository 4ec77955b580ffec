using MediatR;

namespace Modular.SharedKernel.Messaging;

/// <summary>
/// A fact published by one module for others, through that module's outbox: written in the same
/// transaction as the change, delivered at least once after commit. Consumers must be idempotent.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}

/// <summary>Base record for integration events, so that each event names only its own data.</summary>
public abstract record IntegrationEvent(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent;
