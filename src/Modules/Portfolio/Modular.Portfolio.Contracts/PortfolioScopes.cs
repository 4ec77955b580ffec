using Modular.SharedKernel.Delegation;

namespace Modular.Portfolio.Contracts;

/// <summary>The portfolio's API scopes and the roles of the firm's people.</summary>
public static class PortfolioScopes
{
    /// <summary>Read the firm's establishments, deposits and filings (within the caller's delegation).</summary>
    public const string Read = "portfolio.read";

    /// <summary>Deposit DSN files and manage establishments (within the caller's delegation).</summary>
    public const string Write = "portfolio.write";

    /// <summary>The firm's administrator (Identity's Admin role): the whole portfolio, the profiles.</summary>
    public const string AdminRole = "Admin";

    /// <summary>The firm's staff (Identity's Agent role): administrators by right, or collaborators by profile.</summary>
    public const string AgentRole = "Agent";
}

/// <summary>The Portfolio module's online service a professional may mandate a member of their staff to use.</summary>
public static class PortfolioServices
{
    /// <summary>« Mon portefeuille »: the establishments, DSN deposits and the schedule (in-house billing staff file DSN too).</summary>
    public static readonly DelegableService Portfolio = new(
        "portfolio", "Mon portefeuille", "My portfolio", [StaffCategory.Administrative, StaffCategory.Professional, StaffCategory.InHouseBilling], [PortfolioScopes.Read, PortfolioScopes.Write]);
}
