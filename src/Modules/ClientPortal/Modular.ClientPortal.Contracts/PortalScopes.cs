using Modular.SharedKernel.Delegation;

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

/// <summary>The client portal's online service a professional may mandate a member of their staff to use.</summary>
public static class PortalServices
{
    /// <summary>The publishing side of the client portal: documents published to client companies, their requests and messages.</summary>
    public static readonly DelegableService Publishing = new(
        "portal.publishing", "Publication sur le portail clientèle", "Publishing to the client portal", [StaffCategory.Administrative, StaffCategory.Professional], [PortalScopes.Publish]);
}
