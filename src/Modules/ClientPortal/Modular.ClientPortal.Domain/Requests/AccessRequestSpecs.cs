using Modular.SharedKernel.Specifications;

namespace Modular.ClientPortal.Domain.Requests;

/// <summary>An insurer's requests, the pending ones first in order of arrival, then the decided ones, newest first.</summary>
internal sealed class RequestsOfInsurerSpec : Specification<AccessRequest>
{
    public RequestsOfInsurerSpec(Guid insurerId, bool pendingOnly)
    {
        Query.Where(r => r.InsurerId == insurerId);
        if (pendingOnly)
        {
            Query.Where(r => r.State == RequestState.Pending).OrderBy(r => r.SubmittedAt);
        }
        else
        {
            Query.OrderByDescending(r => r.SubmittedAt).Take(200);
        }

        Query.AsNoTracking();
    }
}

internal sealed class RequestOfInsurerSpec : Specification<AccessRequest>
{
    public RequestOfInsurerSpec(Guid requestId, Guid insurerId) => Query.Where(r => r.Id == requestId && r.InsurerId == insurerId);
}
