namespace Modular.Portfolio.Domain.Seeding;

/// <summary>Where a « demande d'amorçage » stands: sent and awaiting the partner's answer, then accepted or refused.</summary>
internal enum SeedingStatus
{
    /// <summary>« Demandée ».</summary>
    Requested,

    /// <summary>« Acceptée »: the partner group gives access to the seeding data.</summary>
    Accepted,

    /// <summary>« Refusée ».</summary>
    Refused,
}
