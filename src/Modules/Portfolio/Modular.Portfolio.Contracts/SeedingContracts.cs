using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Portfolio.Contracts;

/// <summary>Where a « demande d'amorçage » stands (twin of the Domain's SeedingStatus).</summary>
public enum SeedingStatus
{
    /// <summary>« Demandée ».</summary>
    Requested,

    /// <summary>« Acceptée ».</summary>
    Accepted,

    /// <summary>« Refusée ».</summary>
    Refused,
}

/// <summary>A « demande d'amorçage » sent to an establishment's partner group, and where it stands.</summary>
public sealed record SeedingRequestDto(
    Guid Id, string PartnerGroup, string ContactEmail, SeedingStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? RemindedAt, DateTimeOffset? AnsweredAt);

/// <summary>The establishment's « demandes d'amorçage », the latest first.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record ListSeedingRequestsQuery(string Siret) : IQuery<IReadOnlyList<SeedingRequestDto>>;

/// <summary>
/// Asks the establishment's partner group for the seeding of its personal-insurance contracts' data,
/// by email to the group's contact address; refused while another request awaits an answer.
/// </summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record RequestSeedingCommand(string Siret) : ICommand<SeedingRequestDto>;

/// <summary>The administrator records the partner group's answer: accepted or refused.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record AnswerSeedingCommand(string Siret, Guid RequestId, bool Accepted) : ICommand<SeedingRequestDto>;

/// <summary>
/// A « demande d'amorçage » (or its reminder, <paramref name="Reminder"/>) is to be emailed to the
/// partner group: the firm, the establishment (SIRET, name, address on one line) and when it was first asked.
/// </summary>
public sealed record SeedingRequestEmailIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid FirmId,
    bool Reminder,
    string ContactEmail,
    string PartnerGroupName,
    string Siret,
    string? EstablishmentName,
    string Address,
    DateTimeOffset RequestedAt) : IntegrationEvent(EventId, OccurredAt);
