using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Application;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;
using Modular.Fixture.Infrastructure.Migrations;
using Modular.Other.Infrastructure;
using Modular.Third.Infrastructure;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 4.</summary>
public sealed class VisibilityTests
{
    [Fact]
    public void Module_internals_are_not_public() =>
        RuleAssert.Holds(VisibilityRules.ModuleInternalsAreNotPublic(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Public_type_in_Domain_Application_or_Infrastructure_is_reported() =>
        RuleAssert.Reports(
            VisibilityRules.ModuleInternalsAreNotPublic(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(LeakyThing), typeof(PublicThingService), typeof(FixtureOptions), typeof(ThirdModule)],
            compliant: [typeof(Thing), typeof(RenameThingCommandHandler), typeof(ThingRepository)],
            exempt: [typeof(FixtureModule), typeof(OtherModule), typeof(InitialFixture)]);

    [Fact]
    public void Module_classes_are_sealed_unless_abstract() =>
        RuleAssert.Holds(VisibilityRules.ModuleClassesAreSealedUnlessAbstract(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Unsealed_class_in_Domain_Application_or_Infrastructure_is_reported() =>
        RuleAssert.Reports(
            VisibilityRules.ModuleClassesAreSealedUnlessAbstract(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(LeakyThing), typeof(ThingRepository)],
            compliant: [typeof(Thing), typeof(FixtureDbContext), typeof(PublicThingService)],
            exempt: [typeof(InitialFixture)]);
}
