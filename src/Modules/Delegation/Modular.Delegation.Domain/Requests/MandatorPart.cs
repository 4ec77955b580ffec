using Modular.SharedKernel.Delegation;

namespace Modular.Delegation.Domain.Requests;

/// <summary>
/// What the mandator fills in: who they are, the service and the category of staff, the
/// mandatary's name, where to send the mandatary's link, their own address (both already checked
/// one by one), the mandate's last day, their language; <paramref name="Today"/> in the operator's time zone.
/// </summary>
internal sealed record MandatorPart(
    Guid OrganisationId,
    Guid MandatorId,
    string MandatorName,
    string MandatorEmail,
    DelegableService Service,
    StaffCategory Category,
    string? MandataryName,
    string LinkEmail,
    DateOnly? EndsOn,
    string Language,
    DateOnly Today);
