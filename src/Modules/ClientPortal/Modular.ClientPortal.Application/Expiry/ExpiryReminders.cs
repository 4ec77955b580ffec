using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Application.Expiry;

/// <summary>
/// The reminders before a document is deleted, 30 then 7 days before (<see cref="Retention.ReminderDue"/>),
/// counted from the day's digest moment so that one pass a day finds every document that entered a
/// window that day and each user gets one email for them. Per company and window, in one
/// transaction, each document is claimed by one conditional update of its <c>LastReminderDays</c>
/// and the event of those this pass won is queued: two passes or two Hosts remind each once, and a
/// crash loses nothing. The consumer writes to the users who have not downloaded them.
/// </summary>
internal sealed class ExpiryReminders(IPortalRepository repository, IPortalMailStore store, IPortalSettings settings, DisplayTime display, TimeProvider time)
{
    /// <summary>Claims and queues what is due; returns how many reminders (company and window) it queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var moment = DailyDigest.LatestMoment(now, display.Zone, settings.DigestHour);
        var due = (await store.ReminderCandidatesAsync(moment, now, cancellationToken))
            .Select(d => (d.Id, d.CompanyId, d.ExpiresAt, Days: Retention.ReminderDue(d.ExpiresAt, moment, d.LastReminderDays)))
            .Where(d => d.Days is not null)
            .GroupBy(d => (d.CompanyId, Days: d.Days!.Value));
        var queued = 0;
        foreach (var group in due)
        {
            await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
            var claimed = new List<Guid>();
            foreach (var document in group.OrderBy(d => d.ExpiresAt))
            {
                if (await store.TryClaimReminderAsync(document.Id, group.Key.Days, now, cancellationToken))
                {
                    claimed.Add(document.Id);
                }
            }

            if (claimed.Count == 0)
            {
                continue;
            }

            store.Enqueue(new PortalExpiryReminderIntegrationEvent(Guid.CreateVersion7(now), now, group.Key.CompanyId, group.Key.Days, claimed));
            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                throw new InvalidOperationException($"The {group.Key.Days}-day reminder of company {group.Key.CompanyId} could not be queued: {saved.Error.Code}.");
            }

            await transaction.CommitAsync(cancellationToken);
            queued++;
        }

        return queued;
    }
}
