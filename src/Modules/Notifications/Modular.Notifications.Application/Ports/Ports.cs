using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Notifications.Application.Ports;

/// <summary>The module's store: messages, template overrides, and its outbox.</summary>
internal interface INotificationsRepository
{
    Task<Message?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Message?> FindAsync(Specification<Message> specification, CancellationToken cancellationToken);

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

/// <summary>The templates shipped with the product (embedded files), one per key and culture.</summary>
internal interface ITemplateCatalog
{
    IReadOnlyList<(string Key, string Culture)> All { get; }

    TemplateSource? Find(string key, string culture);

    /// <summary>Values that show what the template looks like (for previews and tests).</summary>
    IReadOnlyDictionary<string, string> SampleModel(string key);
}

/// <summary>Scriban, with limits: no file access, capped loops and recursion.</summary>
internal interface ITemplateRenderer
{
    IReadOnlyList<TemplateError> Check(TemplateSource source);

    /// <summary>Model values are HTML-encoded in the HTML body, left as they are elsewhere.</summary>
    Result<RenderedContent> Render(TemplateSource source, IReadOnlyDictionary<string, string> model);
}

/// <summary>Settings the handlers need, from configuration.</summary>
internal interface INotificationSettings
{
    Money LetterCost { get; }
}
