using System.Text.RegularExpressions;
using ArchUnitNET.Domain;

namespace Modular.ArchitectureTests;

/// <summary>
/// Where things live, as anchored regular expressions over namespaces (for ArchUnitNET's
/// <c>ResideInNamespaceMatching</c>) and as predicates over types. A module's code lives in
/// <c>Modular.&lt;Name&gt;.&lt;Layer&gt;</c> and below; "SharedKernel" and "Host" look like module
/// names in that pattern but are not modules.
/// </summary>
internal static class ModuleNamespaces
{
    public const string SharedKernelInfrastructureNamespace = "Modular.SharedKernel.Infrastructure";
    public const string HostNamespace = "Modular.Host";

    // Namespaces shaped like Modular.<Name>.<Layer> that are not modules (Modular.SharedKernel.Infrastructure).
    private const string Reserved = "SharedKernel|Host";

    /// <summary>Modular.SharedKernel and below, except Modular.SharedKernel.Infrastructure and below.</summary>
    public const string PureSharedKernelPattern = @"^Modular\.SharedKernel(?!\.Infrastructure(?:\.|$))(?:\..+)?$";

    /// <summary>A namespace ending in .Migrations: EF Core's generated migrations and model snapshot.</summary>
    public const string MigrationsPattern = @"^.+\.Migrations$";

    /// <summary>An Api namespace of the Host (Modular.Host.Api, or Modular.Host.Fixture.Api in the fixtures).</summary>
    public const string HostApiPattern = @"^Modular\.Host(?:\..+)?\.Api(?:\..+)?$";

    /// <summary>Whether a name in the module position of Modular.&lt;Name&gt;.&lt;Layer&gt; is not a module.</summary>
    public static bool IsReservedName(string name) => name is "SharedKernel" or "Host";

    /// <summary>The namespace and everything below it.</summary>
    public static string Below(string ns) => $@"^{Regex.Escape(ns)}(?:\..+)?$";

    /// <summary>Everything of one module, whatever the layer.</summary>
    public static string Module(string module) => Below($"Modular.{module}");

    /// <summary>One layer of one module.</summary>
    public static string LayerOf(string module, Layer layer) => Below($"Modular.{module}.{layer}");

    /// <summary>These layers of every module.</summary>
    public static string AnyModule(params Layer[] layers) =>
        $@"^Modular\.(?!(?:{Reserved})\.)[^.]+\.(?:{string.Join('|', layers)})(?:\..+)?$";

    /// <summary>These layers of every module but <paramref name="module"/>.</summary>
    public static string OtherModules(string module, params Layer[] layers) =>
        $@"^Modular\.(?!(?:{Regex.Escape(module)}|{Reserved})\.)[^.]+\.(?:{string.Join('|', layers)})(?:\..+)?$";

    public static bool Matches(IType type, string pattern) => Regex.IsMatch(type.Namespace.FullName, pattern);

    public static bool IsBcl(IType type) => IsBelow(type, "System");

    public static bool IsMediatR(IType type) => IsBelow(type, "MediatR");

    public static bool IsPureSharedKernel(IType type) => Matches(type, PureSharedKernelPattern);

    public static bool IsBelow(IType type, string ns) =>
        type.Namespace.FullName == ns || type.Namespace.FullName.StartsWith(ns + ".", StringComparison.Ordinal);

    /// <summary>
    /// The module's registration class, the one type of Infrastructure the Host may use and the
    /// one that is public there: the static class <c>Modular.&lt;Name&gt;.Infrastructure.&lt;Name&gt;Module</c>.
    /// </summary>
    public static bool IsRegistrationClass(IType type)
    {
        var match = Regex.Match(type.Namespace.FullName, @"^Modular\.(?<module>[^.]+)\.Infrastructure$");
        return match.Success
            && !IsReservedName(match.Groups["module"].Value)
            && type.Name == match.Groups["module"].Value + "Module"
            && TypeFacts.IsStaticClass(type);
    }
}
