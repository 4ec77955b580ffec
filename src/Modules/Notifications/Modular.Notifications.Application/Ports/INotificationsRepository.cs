using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Specifications;

namespace Modular.Notifications.Application.Ports;

/// <summary>The module's store: messages, template overrides, and its outbox.</summary>
internal interface INotificationsRepository
{
    Task<Message?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Message?> FindAsync(Specification<Message> specification, CancellationToken cancellationToken);

    /// <summary>The id of the message sent with this idempotency key, if any: the id only, read on every send.</summary>
    Task<Guid?> FindIdAsync(string idempotencyKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<Message>> ListAsync(Specification<Message> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<Message> specification, CancellationToken cancellationToken);

    void Add(Message message);

    Task<TemplateOverride?> FindOverrideAsync(string key, string culture, CancellationToken cancellationToken);

    Task<IReadOnlyList<TemplateOverride>> ListOverridesAsync(CancellationToken cancellationToken);

    void Add(TemplateOverride templateOverride);

    void Remove(TemplateOverride templateOverride);

    Task<IReadOnlyList<PostalCostDto>> PostalCostsAsync(CancellationToken cancellationToken);

    void Enqueue(IIntegrationEvent integrationEvent);

    /// <summary>Saves; false when another message already holds the same idempotency key.</summary>
    Task<bool> SaveChangesAsync(CancellationToken cancellationToken);
}
