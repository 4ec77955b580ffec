using Modular.SharedKernel.Specifications;

namespace Modular.Delegation.Domain.Requests;

internal sealed class MandateRequestByIdSpec : Specification<MandateRequest>
{
    public MandateRequestByIdSpec(Guid id, bool tracked = false)
    {
        Query.Where(r => r.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The request a mandatary link opens: the link's secret, hashed, is its only key.</summary>
internal sealed class MandateRequestByLinkSpec : Specification<MandateRequest>
{
    public MandateRequestByLinkSpec(string linkHash, bool tracked = false)
    {
        Query.Where(r => r.LinkHash == linkHash);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>A mandator's requests, the latest first.</summary>
internal sealed class MandateRequestsOfMandatorSpec : Specification<MandateRequest>
{
    public MandateRequestsOfMandatorSpec(Guid organisationId, Guid mandatorId)
    {
        Query.Where(r => r.OrganisationId == organisationId && r.MandatorId == mandatorId).OrderByDescending(r => r.CreatedAt);
        Query.AsNoTracking();
    }
}

/// <summary>The back office's queue: requests both parties signed, in order of receipt.</summary>
internal sealed class WaitingMandateRequestsSpec : Specification<MandateRequest>
{
    public WaitingMandateRequestsSpec(int? take = null)
    {
        Query.Where(r => r.Status == MandateRequestStatus.AwaitingReview).OrderBy(r => r.ReceivedAt);
        if (take is { } count)
        {
            Query.Take(count);
        }

        Query.AsNoTracking();
    }
}

/// <summary>The latest decisions of the back office.</summary>
internal sealed class DecidedMandateRequestsSpec : Specification<MandateRequest>
{
    public DecidedMandateRequestsSpec(int take)
    {
        Query.Where(r => r.Status == MandateRequestStatus.Approved || r.Status == MandateRequestStatus.Refused).OrderByDescending(r => r.DecidedAt).Take(take);
        Query.AsNoTracking();
    }
}

/// <summary>An organisation's open requests for one service (the duplicate check reads them).</summary>
internal sealed class OpenMandateRequestsSpec : Specification<MandateRequest>
{
    public OpenMandateRequestsSpec(Guid organisationId, string serviceCode)
    {
        Query.Where(r => r.OrganisationId == organisationId && r.ServiceCode == serviceCode
            && (r.Status == MandateRequestStatus.AwaitingMandatorSignature || r.Status == MandateRequestStatus.AwaitingMandatary || r.Status == MandateRequestStatus.AwaitingReview));
        Query.AsNoTracking();
    }
}
