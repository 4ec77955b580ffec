namespace Modular.Portfolio.Contracts;

/// <summary>Where an establishment stands in the portfolio (twin of the Domain's EstablishmentStatus).</summary>
public enum EstablishmentStatus
{
    /// <summary>« À compléter »: added by a DSN, its name, due day or partner group still missing.</summary>
    ToComplete,

    Complete,

    /// <summary>Taken out of the portfolio, kept in its history.</summary>
    Removed,
}

/// <summary>The day of the next month by which the monthly DSN is due, at noon (twin of the Domain's DueDay).</summary>
public enum DueDay
{
    Fifth = 5,
    Fifteenth = 15,
}

/// <summary>What a deposit did with one declaration (twin of the Domain's DeclarationOutcome).</summary>
public enum DeclarationOutcome
{
    Added,
    AlreadyThere,
    Refused,
}

/// <summary>Where a month's DSN of an establishment stands (twin of the Domain's FilingState).</summary>
public enum FilingState
{
    Awaited,
    OnTime,
    Late,
    Overdue,
    Unknown,
}

/// <summary>What a delegation profile lets its collaborators do (twin of the Domain's Responsibilities).</summary>
[Flags]
public enum Responsibilities
{
    None = 0,

    /// <summary>« Consulter ».</summary>
    View = 1,

    /// <summary>« Déposer des DSN ».</summary>
    Deposit = 2,

    /// <summary>« Compléter et gérer les établissements ».</summary>
    Manage = 4,

    /// <summary>« Demander l'amorçage ».</summary>
    RequestSeeding = 8,
}
