using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.Delegation.Domain.Signatures;

namespace Modular.Delegation.Application.Services;

internal static class MandateMapping
{
    public static MandateRequestDto ToDto(this MandateRequest request, DelegableServices services, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        return new MandateRequestDto(
            request.Id, request.ServiceCode, services.NameOf(request.ServiceCode), request.Category, request.MandatorName, request.MandatorEmail, request.MandataryName,
            request.LinkEmail, request.MandataryEmail, (MandateRequestState)request.StatusAt(now), request.CreatedAt, request.ExpiresAt, request.ReceivedAt, request.EndsOn,
            request.DecidedAt, request.RefusalReason, request.MandatorSignature?.ToDto(), request.MandatarySignature?.ToDto());
    }

    public static MandateDto ToDto(this Mandate mandate, DelegableServices services, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mandate);
        ArgumentNullException.ThrowIfNull(services);
        return new MandateDto(
            mandate.Id, mandate.MandatorId, mandate.MandatorName, mandate.MandataryId, mandate.MandataryName, mandate.ServiceCode, services.NameOf(mandate.ServiceCode),
            mandate.StartsAt, mandate.EndsAt, mandate.IsActive(now), mandate.RevokedAt, (RevokedBy?)mandate.RevokedBy);
    }

    private static SignatureDto ToDto(this SignatureRecord signature) =>
        new((SignatureForm)signature.Kind, signature.SignedAt, signature.SignerSubject, signature.CertificateNotAfter);
}
