namespace Modular.SharedKernel.Security;

/// <summary>The request needs a signed-in person in one of these roles.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequireRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>When the request comes with a token, the token must carry this scope.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequireScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}

/// <summary>The request needs an authenticated caller, whatever their role.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequireAuthenticatedAttribute : Attribute;
