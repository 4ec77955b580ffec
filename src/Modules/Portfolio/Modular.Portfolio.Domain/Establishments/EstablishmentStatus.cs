namespace Modular.Portfolio.Domain.Establishments;

internal enum EstablishmentStatus
{
    /// <summary>« À compléter »: added by a DSN, its name, due day or partner group still missing.</summary>
    ToComplete,

    /// <summary>Its name, due day and partner group are known.</summary>
    Complete,

    /// <summary>Taken out of the portfolio (kept in its history); it may be added again.</summary>
    Removed,
}
