namespace Modular.Delegation.Contracts;

/// <summary>The Delegation module's API scope, and the roles (Identity's) its requests ask for.</summary>
public static class DelegationScopes
{
    /// <summary>Read one's mandates, request and revoke them.</summary>
    public const string Delegation = "delegation";

    /// <summary>Mandators are professionals: Identity's Agent role.</summary>
    public const string AgentRole = "Agent";

    /// <summary>The operator's administrators process mandate requests…</summary>
    public const string AdminRole = "Admin";

    /// <summary>…and so does the role « Traitement des mandats ».</summary>
    public const string MandateOfficerRole = "MandateOfficer";
}
