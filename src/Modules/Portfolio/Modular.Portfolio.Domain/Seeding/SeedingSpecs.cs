using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Seeding;

/// <summary>An establishment's requests, the latest first.</summary>
internal sealed class SeedingRequestsOfEstablishmentSpec : Specification<SeedingRequest>
{
    public SeedingRequestsOfEstablishmentSpec(Guid establishmentId, bool tracked = false)
    {
        Query.Where(r => r.EstablishmentId == establishmentId).OrderByDescending(r => r.RequestedAt);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>Requests still unanswered and not reminded, sent at least <see cref="SeedingRequest.ReminderAfter"/> before <paramref name="now"/>, the oldest first.</summary>
internal sealed class SeedingRequestsToRemindSpec : Specification<SeedingRequest>
{
    public SeedingRequestsToRemindSpec(DateTimeOffset now, int batch)
    {
        var sentBefore = now - SeedingRequest.ReminderAfter;
        Query.Where(r => r.Status == SeedingStatus.Requested && r.RemindedAt == null && r.RequestedAt <= sentBefore)
            .OrderBy(r => r.RequestedAt).Take(batch).AsNoTracking();
    }
}
