using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 2: no module references another module's Domain, Application or
/// Infrastructure; another module's Contracts are fair use.
/// </summary>
internal static class ModuleIsolationRules
{
    public static IArchRule NoModuleReferencesAnotherModulesInternals(ModularSystem system) =>
        RuleParts.ForEachModule(system, module =>
            Types().That().ResideInNamespaceMatching(Module(module))
                .Should().NotDependOnAny(
                    Types(true).That().ResideInNamespaceMatching(OtherModules(module, Layer.Domain, Layer.Application, Layer.Infrastructure)))
                .WithoutRequiringPositiveResults());
}
