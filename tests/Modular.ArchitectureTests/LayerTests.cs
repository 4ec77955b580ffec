using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Application;
using Modular.Fixture.Contracts;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;
using Modular.Other.Application;
using Modular.SharedKernel.Fixture;
using Modular.SharedKernel.Infrastructure.Fixture;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 1, and what it rests on: plain Contracts and a pure SharedKernel.</summary>
public sealed class LayerTests
{
    [Fact]
    public void Domain_depends_on_SharedKernel_only() =>
        RuleAssert.Holds(LayerRules.DomainDependsOnSharedKernelOnly(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Domain_using_EF_Core_MediatR_Contracts_or_another_module_is_reported() =>
        RuleAssert.Reports(
            LayerRules.DomainDependsOnSharedKernelOnly(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(LeakyThing), typeof(ThingRenamedHandler), typeof(SharedThing)],
            compliant: [typeof(Thing), typeof(ThingByNameSpec)]);

    [Fact]
    public void Application_depends_on_its_Domain_its_Contracts_and_SharedKernel_only() =>
        RuleAssert.Holds(LayerRules.ApplicationDependsOnItsDomainContractsAndSharedKernelOnly(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Application_using_EF_Core_ASP_NET_Core_or_Infrastructure_is_reported() =>
        RuleAssert.Reports(
            LayerRules.ApplicationDependsOnItsDomainContractsAndSharedKernelOnly(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingReport)],
            compliant: [typeof(RenameThingCommandHandler), typeof(GetThingQueryHandler), typeof(IThingRepository), typeof(OtherDirectory)]);

    [Fact]
    public void Infrastructure_depends_on_its_own_module_never_on_the_Host() =>
        RuleAssert.Holds(LayerRules.InfrastructureDependsOnItsOwnModuleNeverOnTheHost(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Infrastructure_using_the_Host_or_another_modules_Application_is_reported() =>
        RuleAssert.Reports(
            LayerRules.InfrastructureDependsOnItsOwnModuleNeverOnTheHost(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingNotifier)],
            compliant: [typeof(FixtureModule), typeof(ThingRepository), typeof(FixtureDbContext)]);

    [Fact]
    public void Contracts_depend_on_SharedKernel_MediatR_and_BCL_only() =>
        RuleAssert.Holds(LayerRules.ContractsDependOnSharedKernelMediatRAndBclOnly(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Contracts_exposing_a_domain_type_is_reported() =>
        RuleAssert.Reports(
            LayerRules.ContractsDependOnSharedKernelMediatRAndBclOnly(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingSnapshotDto)],
            compliant: [typeof(ThingDto), typeof(RenameThingCommand), typeof(ThingRenamedIntegrationEvent), typeof(ThingOwnerDto)]);

    [Fact]
    public void SharedKernel_depends_on_MediatR_and_BCL_only() =>
        RuleAssert.Holds(LayerRules.SharedKernelDependsOnMediatRAndBclOnly(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void SharedKernel_using_EF_Core_is_reported() =>
        RuleAssert.Reports(
            LayerRules.SharedKernelDependsOnMediatRAndBclOnly(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(KernelQueries)],
            compliant: [typeof(KernelPing)]);

    [Fact]
    public void SharedKernel_Infrastructure_knows_no_module_nor_the_Host() =>
        RuleAssert.Holds(LayerRules.SharedKernelInfrastructureKnowsNoModuleNorTheHost(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void SharedKernel_Infrastructure_using_a_module_is_reported() =>
        RuleAssert.Reports(
            LayerRules.SharedKernelInfrastructureKnowsNoModuleNorTheHost(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(KernelThingCounter)],
            compliant: [typeof(KernelClock)]);
}
