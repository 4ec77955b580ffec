using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Messaging;

namespace Modular.ClientPortal.Infrastructure.Persistence;

internal sealed class PortalMailStore(PortalDbContext context) : IPortalMailStore
{
    public void Enqueue(IIntegrationEvent integrationEvent) => context.Enqueue(integrationEvent);

    public async Task<IReadOnlySet<Guid>> QueuedAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        (await context.OutboxMessages.AsNoTracking().Where(m => eventIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();

    public async Task<IReadOnlyList<MailDocument>> PublishedBetweenAsync(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken cancellationToken) =>
        await AsMailDocuments(context.Documents.Where(d => d.PublishedAt >= from && d.PublishedAt < to && d.ExpiresAt > now).OrderBy(d => d.PublishedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MailDocument>> StillOnPortalAsync(Guid companyId, IReadOnlyCollection<Guid> documentIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        await AsMailDocuments(context.Documents.Where(d => d.CompanyId == companyId && documentIds.Contains(d.Id) && d.ExpiresAt > now).OrderBy(d => d.ExpiresAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ReminderCandidate>> ReminderCandidatesAsync(DateTimeOffset moment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = moment.AddDays(Retention.ReminderDays.Max());
        var narrowest = Retention.ReminderDays.Min();
        return await context.Documents.AsNoTracking()
            .Where(d => d.ExpiresAt > now && d.ExpiresAt > moment && d.ExpiresAt <= until && (d.LastReminderDays == null || d.LastReminderDays > narrowest))
            .Select(d => new ReminderCandidate(d.Id, d.CompanyId, d.ExpiresAt, d.LastReminderDays))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> TryClaimReminderAsync(Guid documentId, int days, DateTimeOffset now, CancellationToken cancellationToken) =>
        await context.Documents
            .Where(d => d.Id == documentId && (d.LastReminderDays == null || d.LastReminderDays > days) && d.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LastReminderDays, (int?)days), cancellationToken) == 1;

    private static IQueryable<MailDocument> AsMailDocuments(IQueryable<PortalDocument> documents) =>
        documents.AsNoTracking().Select(d => new MailDocument(d.Id, d.CompanyId, d.Line, d.Kind, d.Title, d.DocumentDate, d.PublishedAt, d.ExpiresAt));
}
