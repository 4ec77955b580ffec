using Modular.SharedKernel.Specifications;

namespace Modular.Delegation.Domain.Mandates;

/// <summary>The mandates a mandatary holds that are in force at <paramref name="now"/>.</summary>
internal sealed class MandatesOfMandataryInForceSpec : Specification<Mandate>
{
    public MandatesOfMandataryInForceSpec(Guid mandataryId, DateTimeOffset now)
    {
        Query.Where(m => m.MandataryId == mandataryId && m.RevokedAt == null && m.EndsAt > now);
        Query.AsNoTracking();
    }
}

/// <summary>Every mandate in force at <paramref name="now"/>, the latest first (the back office's list).</summary>
internal sealed class AllMandatesInForceSpec : Specification<Mandate>
{
    public AllMandatesInForceSpec(DateTimeOffset now, int take)
    {
        Query.Where(m => m.RevokedAt == null && m.EndsAt > now).OrderByDescending(m => m.StartsAt).Take(take);
        Query.AsNoTracking();
    }
}
