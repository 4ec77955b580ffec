using Modular.SharedKernel.Messaging;

namespace Modular.Delegation.Contracts;

/// <summary>A mandate in force that lets <see cref="MandataryId"/> act for <see cref="MandatorId"/> in one service, limited to its scopes.</summary>
public sealed record ActingMandateDto(
    Guid MandateId,
    Guid OrganisationId,
    Guid MandatorId,
    string MandatorName,
    Guid MandataryId,
    string MandataryName,
    string ServiceCode,
    string ServiceName,
    IReadOnlyList<string> Scopes,
    DateTimeOffset EndsAt);

/// <summary>
/// The mandate <paramref name="MandataryId"/> acts on, if it is theirs and still in force: asked on
/// every request made for a mandator, so that a revocation or an end takes effect on the next one.
/// Another's mandate is not found (<c>mandate-not-found</c>); one revoked or ended is <c>mandate-not-active</c>.
/// Asked by the Host before authorization and by the token endpoint (no one is signed in there), with
/// both ids: it tells nothing to whoever does not already hold them.
/// </summary>
public sealed record GetActingMandateQuery(Guid MandateId, Guid MandataryId) : IQuery<ActingMandateDto>;

/// <summary>
/// Whether an account holds a mandate in force (its shared credentials would end it): asked by
/// Identity as someone signs in, before anyone is signed in.
/// </summary>
public sealed record IsMandataryQuery(Guid UserId) : IQuery<bool>;
