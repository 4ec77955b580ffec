using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// What the other rules take for granted: they find a module's layers by namespace, so each type
/// must live under the namespace of the assembly it is compiled into (Modular.Identity.Domain's
/// types in Modular.Identity.Domain and below), and not under a closer-fitting one of another
/// loaded assembly (SharedKernel's types not in Modular.SharedKernel.Infrastructure).
/// </summary>
internal static class DiscoveryRules
{
    public static IArchRule TypesLiveUnderTheirAssemblysNamespace(ModularSystem system) =>
        Types().Should().FollowCustomCondition(
            type => ClosestAssemblyNamespace(type, system.AssemblyNames) == type.Assembly.Name,
            "live under the namespace of their own assembly",
            "lives outside its assembly's namespace");

    private static string? ClosestAssemblyNamespace(IType type, IReadOnlyList<string> assemblyNames) =>
        assemblyNames.Where(name => ModuleNamespaces.IsBelow(type, name)).MaxBy(name => name.Length);
}
