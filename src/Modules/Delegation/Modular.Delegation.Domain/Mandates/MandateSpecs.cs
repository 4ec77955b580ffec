using Modular.SharedKernel.Specifications;

namespace Modular.Delegation.Domain.Mandates;

internal sealed class MandateByIdSpec : Specification<Mandate>
{
    public MandateByIdSpec(Guid id, bool tracked = false)
    {
        Query.Where(m => m.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The mandates a person gave or received, the latest first.</summary>
internal sealed class MandatesOfPersonSpec : Specification<Mandate>
{
    public MandatesOfPersonSpec(Guid userId)
    {
        Query.Where(m => m.MandatorId == userId || m.MandataryId == userId).OrderByDescending(m => m.StartsAt);
        Query.AsNoTracking();
    }
}

/// <summary>An organisation's mandates for one service not revoked and not ended at <paramref name="now"/>.</summary>
internal sealed class MandatesInForceSpec : Specification<Mandate>
{
    public MandatesInForceSpec(Guid organisationId, string serviceCode, DateTimeOffset now)
    {
        Query.Where(m => m.OrganisationId == organisationId && m.ServiceCode == serviceCode && m.RevokedAt == null && m.EndsAt > now);
        Query.AsNoTracking();
    }
}
