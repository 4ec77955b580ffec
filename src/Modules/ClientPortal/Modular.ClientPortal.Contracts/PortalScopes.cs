namespace Modular.ClientPortal.Contracts;

/// <summary>The client portal's API scopes and the role of the insurer's staff who publish.</summary>
public static class PortalScopes
{
    /// <summary>Read the published documents of the caller's company (a client user, or an API client the company authorised).</summary>
    public const string Read = "portal.read";

    /// <summary>Publish documents to the insurer's client companies (the insurer's core system, by client credentials).</summary>
    public const string Publish = "portal.publish";

    /// <summary>The insurer's staff (Identity's Agent role): advisors and publishers.</summary>
    public const string AgentRole = "Agent";

    /// <summary>Client users are External accounts linked to one company.</summary>
    public const string ClientRole = "External";
}
