namespace Modular.Identity.Contracts;

/// <summary>The roles every module checks against.</summary>
public static class IdentityRoles
{
    /// <summary>Back-office staff of the operator.</summary>
    public const string Admin = "Admin";

    /// <summary>An organisation's internal user: works on client files.</summary>
    public const string Agent = "Agent";

    /// <summary>An outside person: invitee, portal client user, mandatary.</summary>
    public const string External = "External";

    /// <summary>« Traitement des mandats »: back-office staff who process mandate requests.</summary>
    public const string MandateOfficer = "MandateOfficer";

    public static readonly IReadOnlyList<string> All = [Admin, Agent, External, MandateOfficer];
}

/// <summary>Claims we add to sessions and tokens beyond the standard ones.</summary>
public static class IdentityClaimTypes
{
    public const string OrganisationId = "org_id";
    public const string OrganisationName = "org_name";
    public const string MustChangePassword = "pwd_change";
}

/// <summary>The Identity module's API scopes.</summary>
public static class IdentityScopes
{
    /// <summary>Read the caller's organisation and its members.</summary>
    public const string Read = "identity.read";
}
