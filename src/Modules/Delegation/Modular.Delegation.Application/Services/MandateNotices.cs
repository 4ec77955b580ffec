using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Delegation;

namespace Modular.Delegation.Application.Services;

/// <summary>The notices to both parties, as outbox events, in the mandator's language.</summary>
internal static class MandateNotices
{
    public static MandateNoticeIntegrationEvent For(MandateRequest request, DelegableService? service, MandateNoticeKind kind, DateTimeOffset now, DateOnly? endsOn = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new MandateNoticeIntegrationEvent(
            Guid.CreateVersion7(now), now, request.Id, request.OrganisationId, kind, request.Language, request.MandatorName, request.MandatorEmail, request.MandataryName,
            request.MandataryEmail ?? request.LinkEmail, service?.FrenchName ?? request.ServiceCode, service?.EnglishName ?? request.ServiceCode, endsOn ?? request.EndsOn,
            kind == MandateNoticeKind.Refused ? request.RefusalReason : null);
    }
}
