using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain.Mandates;

/// <summary>Who ended a mandate before its end.</summary>
internal enum MandateRevoker
{
    Mandator,
    Mandatary,
    BackOffice,
}

/// <summary>
/// A mandate in force from its approval: the mandatary (an account of the mandator's organisation)
/// may act for the mandator in one service until <see cref="EndsAt"/>, unless it is revoked first,
/// by either party or the back office. Nothing acts on a mandate that is not <see cref="IsActive"/>.
/// </summary>
internal sealed class Mandate : AggregateRoot<Guid>
{
    private Mandate(Guid id)
        : base(id)
    {
        MandatorName = "";
        MandataryName = "";
        MandataryEmail = "";
        ServiceCode = "";
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>The request it comes from (one mandate per request).</summary>
    public Guid RequestId { get; private set; }

    public Guid MandatorId { get; private set; }

    public string MandatorName { get; private set; }

    public Guid MandataryId { get; private set; }

    public string MandataryName { get; private set; }

    /// <summary>The mandatary's address as compared: a second request for the same person and service is refused while this one is in force.</summary>
    public string MandataryEmail { get; private set; }

    public string ServiceCode { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? RevokedById { get; private set; }

    public MandateRevoker? RevokedBy { get; private set; }

    /// <summary>The mandate an approved request gives: from now to the end of its last day (<paramref name="endsAt"/>, computed in the operator's time zone).</summary>
    public static Result<Mandate> From(MandateRequest request, Guid mandataryId, DateTimeOffset endsAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (endsAt <= now)
        {
            return DelegationErrors.MandateEnded;
        }

        return new Mandate(Guid.CreateVersion7(now))
        {
            OrganisationId = request.OrganisationId,
            RequestId = request.Id,
            MandatorId = request.MandatorId,
            MandatorName = request.MandatorName,
            MandataryId = mandataryId,
            MandataryName = request.MandataryName,
            MandataryEmail = request.MandataryEmail ?? "",
            ServiceCode = request.ServiceCode,
            StartsAt = now,
            EndsAt = endsAt,
        };
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < EndsAt;

    /// <summary>
    /// Renewed while in force: it now ends at <paramref name="endsAt"/>, after its current end and no
    /// later than <paramref name="latest"/> (a year from today).
    /// </summary>
    public Result Renew(DateTimeOffset endsAt, DateTimeOffset latest, DateTimeOffset now)
    {
        if (!IsActive(now))
        {
            return DelegationErrors.MandateNotActive;
        }

        if (endsAt <= EndsAt || endsAt > latest)
        {
            return DelegationErrors.RenewalInvalid;
        }

        EndsAt = endsAt;
        return Result.Success();
    }

    /// <summary>Ended now by <paramref name="by"/>; refused once it is no longer in force.</summary>
    public Result Revoke(Guid by, MandateRevoker revoker, DateTimeOffset now)
    {
        if (!IsActive(now))
        {
            return DelegationErrors.MandateNotActive;
        }

        (RevokedAt, RevokedById, RevokedBy) = (now, by, revoker);
        return Result.Success();
    }
}
