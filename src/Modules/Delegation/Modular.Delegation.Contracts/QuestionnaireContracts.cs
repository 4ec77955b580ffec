using Modular.SharedKernel.Delegation;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Contracts;

/// <summary>A service a mandate may be for, named in the reader's language.</summary>
public sealed record DelegableServiceDto(string Code, string Name);

/// <summary>
/// « Aujourd'hui, nous traitons les demandes que nous avons reçues à la date suivante : … »: when
/// the oldest request in the back office's queue was received, or today when the queue is empty.
/// </summary>
[RequireAuthenticated]
public sealed record GetProcessingDateQuery : IQuery<DateOnly>;

/// <summary>
/// The questionnaire's answers (« Je veux déléguer l'accès à un service en ligne »), as the page
/// posts them: <paramref name="Kind"/> <c>staff</c>, <c>billing-agency</c> or <c>other</c>; for
/// staff, <paramref name="StaffRole"/> <c>administrative</c> or <c>professional</c>; for a billing
/// agency, <paramref name="Agency"/> <c>in-house</c> or <c>commercial</c>.
/// </summary>
[RequireRole(DelegationScopes.AgentRole)]
public sealed record DecideMandateFormQuery(string? Kind, string? StaffRole, string? Agency) : IQuery<MandateFormChoiceDto>;

/// <summary>The form the answers lead to: its category of staff and the services it may be for.</summary>
public sealed record MandateFormChoiceDto(StaffCategory Category, IReadOnlyList<DelegableServiceDto> Services);

/// <summary>The services a mandate form of that category may be for (those whose module lets the category use them).</summary>
[RequireRole(DelegationScopes.AgentRole)]
public sealed record ListDelegableServicesQuery(StaffCategory Category) : IQuery<IReadOnlyList<DelegableServiceDto>>;
