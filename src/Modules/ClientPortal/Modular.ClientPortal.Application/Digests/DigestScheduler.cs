using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Application.Digests;

/// <summary>
/// Queues the daily digests that are due (<see cref="DailyDigest"/>): one event per day, whose id is
/// derived from the day, added under the module's write lock only if the outbox does not hold it yet.
/// So a day is queued once whatever the number of passes and Hosts, and the outbox remembers which
/// days were: a Host back after missing digest hours queues the days it missed, a first run only the
/// last one (ADR 0036). The consumer emails each user under a key of the user and the day.
/// </summary>
internal sealed class DigestScheduler(IPortalRepository repository, IPortalMailStore store, IPortalSettings settings, DisplayTime display, TimeProvider time)
{
    /// <summary>Queues what is due; returns how many days it queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (zone, hour) = (display.Zone, settings.DigestHour);
        var latest = DailyDigest.LatestDue(now, zone, hour);
        if ((await store.QueuedAsync([EventIdOf(latest)], cancellationToken)).Count == 1)
        {
            return 0;
        }

        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        var candidates = DailyDigest.Candidates(latest);
        var queued = await store.QueuedAsync([.. candidates.Select(EventIdOf)], cancellationToken);
        var days = DailyDigest.DaysToSend(latest, [.. candidates.Where(d => queued.Contains(EventIdOf(d)))]);
        foreach (var day in days)
        {
            var (from, to) = DailyDigest.Window(day, zone, hour);
            store.Enqueue(new PortalDigestDueIntegrationEvent(EventIdOf(day), now, day, from, to));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            throw new InvalidOperationException($"The portal digests up to {latest:yyyy-MM-dd} could not be queued: {saved.Error.Code}.");
        }

        await transaction.CommitAsync(cancellationToken);
        return days.Count;
    }

    /// <summary>The id of the digest event of <paramref name="day"/>: the same on every Host, a name-based UUID (version 8).</summary>
    internal static Guid EventIdOf(DateOnly day)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("portal-digest:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
