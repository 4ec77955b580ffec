namespace Modular.SharedKernel.Infrastructure.Web;

/// <summary>Named rate-limit policies the Host defines and modules attach to their endpoints.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, token and code forms: a few attempts a minute per client address.</summary>
    public const string Authentication = "authentication";
}
