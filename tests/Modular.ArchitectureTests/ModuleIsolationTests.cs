using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Contracts;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;
using Modular.Other.Application;
using Modular.Other.Infrastructure;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 2.</summary>
public sealed class ModuleIsolationTests
{
    [Fact]
    public void No_module_references_another_modules_Domain_Application_or_Infrastructure() =>
        RuleAssert.Holds(ModuleIsolationRules.NoModuleReferencesAnotherModulesInternals(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void A_module_using_another_modules_Domain_or_Application_is_reported() =>
        RuleAssert.Reports(
            ModuleIsolationRules.NoModuleReferencesAnotherModulesInternals(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(SharedThing), typeof(ThingNotifier)],
            compliant: [typeof(ThingOwnerDto), typeof(Thing), typeof(FixtureModule), typeof(OtherDirectory), typeof(OtherModule)]);
}
