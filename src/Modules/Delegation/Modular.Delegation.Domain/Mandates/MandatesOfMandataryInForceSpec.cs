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
