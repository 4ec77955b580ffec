using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Contracts;

/// <summary>A mandate: who acts for whom, in which service, until when; whether it is in force.</summary>
public sealed record MandateDto(
    Guid Id,
    Guid MandatorId,
    string MandatorName,
    Guid MandataryId,
    string MandataryName,
    string ServiceCode,
    string ServiceName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    bool IsActive,
    DateTimeOffset? RevokedAt,
    RevokedBy? RevokedBy);

/// <summary>« Mes mandats »: those the caller gave, those they received, and their requests.</summary>
public sealed record MyMandatesDto(IReadOnlyList<MandateDto> Given, IReadOnlyList<MandateDto> Received, IReadOnlyList<MandateRequestDto> Requests);

[RequireAuthenticated]
[RequireScope(DelegationScopes.Delegation)]
public sealed record ListMyMandatesQuery : IQuery<MyMandatesDto>;

/// <summary>The mandator renews a mandate in force: its new last day, after the current one and within a year; both parties are told.</summary>
[RequireAuthenticated]
[RequireScope(DelegationScopes.Delegation)]
public sealed record RenewMandateCommand(Guid MandateId, DateOnly? EndsOn) : ICommand<MandateDto>;

/// <summary>Ends a mandate now: by its mandator, its mandatary or the back office. Acting for stops with the next request.</summary>
[RequireAuthenticated]
[RequireScope(DelegationScopes.Delegation)]
public sealed record RevokeMandateCommand(Guid MandateId) : ICommand<MandateDto>;
