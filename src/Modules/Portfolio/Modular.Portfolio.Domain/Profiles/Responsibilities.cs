namespace Modular.Portfolio.Domain.Profiles;

/// <summary>What a delegation profile lets its collaborators do on its establishments; consulting comes with any other.</summary>
[Flags]
internal enum Responsibilities
{
    None = 0,

    /// <summary>« Consulter »: see the establishments, their filings and history.</summary>
    View = 1,

    /// <summary>« Déposer des DSN ».</summary>
    Deposit = 2,

    /// <summary>« Compléter et gérer les établissements »: name, due day, partner, address, removal.</summary>
    Manage = 4,

    /// <summary>« Demander l'amorçage ».</summary>
    RequestSeeding = 8,
}
