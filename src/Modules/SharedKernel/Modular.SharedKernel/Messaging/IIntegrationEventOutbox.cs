namespace Modular.SharedKernel.Messaging;

/// <summary>A module's outbox: events added here are saved with the module's next SaveChanges.</summary>
public interface IIntegrationEventOutbox
{
    void Enqueue(IIntegrationEvent integrationEvent);
}
