using Microsoft.EntityFrameworkCore;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Specifications;

namespace Modular.Notifications.Infrastructure.Persistence;

internal sealed class NotificationsRepository(NotificationsDbContext context) : INotificationsRepository
{
    public Task<Message?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        context.Messages.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<Message?> FindAsync(Specification<Message> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(context.Messages, specification).FirstOrDefaultAsync(cancellationToken);

    public Task<Guid?> FindIdAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        context.Messages.Where(m => m.IdempotencyKey == idempotencyKey).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Message>> ListAsync(Specification<Message> specification, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Apply(context.Messages, specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<Message> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.ApplyFilter(context.Messages, specification).CountAsync(cancellationToken);

    public void Add(Message message) => context.Messages.Add(message);

    public Task<TemplateOverride?> FindOverrideAsync(string key, string culture, CancellationToken cancellationToken) =>
        context.TemplateOverrides.FirstOrDefaultAsync(t => t.Key == key && t.Culture == culture, cancellationToken);

    public async Task<IReadOnlyList<TemplateOverride>> ListOverridesAsync(CancellationToken cancellationToken) =>
        await context.TemplateOverrides.AsNoTracking().ToListAsync(cancellationToken);

    public void Add(TemplateOverride templateOverride) => context.TemplateOverrides.Add(templateOverride);

    public void Remove(TemplateOverride templateOverride) => context.TemplateOverrides.Remove(templateOverride);

    public async Task<IReadOnlyList<PostalCostDto>> PostalCostsAsync(CancellationToken cancellationToken)
    {
        // Letters are few (they cost money): grouping by month in memory keeps the SQL portable.
        var letters = await context.Messages.AsNoTracking()
            .Where(m => m.Channel == DeliveryChannel.Postal && m.Status == DeliveryStatus.Delivered)
            .Select(m => new { m.OrganisationId, m.CreatedAt, m.CostCents })
            .ToListAsync(cancellationToken);
        return [.. letters
            .GroupBy(l => (l.OrganisationId, l.CreatedAt.UtcDateTime.Year, l.CreatedAt.UtcDateTime.Month))
            .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month).ThenBy(g => g.Key.OrganisationId)
            .Select(g => new PostalCostDto(g.Key.OrganisationId, g.Key.Year, g.Key.Month, g.Count(), g.Sum(l => l.CostCents ?? 0) / 100m))];
    }

    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<bool> SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex, out _))
        {
            // The idempotency key is taken; nothing of this save is kept.
            context.ChangeTracker.Clear();
            return false;
        }
    }
}
