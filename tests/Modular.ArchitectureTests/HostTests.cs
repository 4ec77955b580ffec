using Modular.ArchitectureTests.Rules;
using Modular.Host.Fixture.Api;
using Modular.Host.Fixture.Hosting;
using Modular.Host.Fixture.Pages;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 3.</summary>
public sealed class HostTests
{
    [Fact]
    public void Host_uses_module_Contracts_and_registration_classes_only() =>
        RuleAssert.Holds(HostRules.HostUsesContractsAndRegistrationClassesOnly(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Host_using_a_module_Domain_Application_or_Infrastructure_type_is_reported() =>
        RuleAssert.Reports(
            HostRules.HostUsesContractsAndRegistrationClassesOnly(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingShortcut), typeof(ThingCountPageModel), typeof(ThingDetailsPageModel.ThingInput)],
            compliant: [typeof(FixtureComposition), typeof(RenameThingPageModel), typeof(ThingEndpoints), typeof(ThingStatisticsEndpoints)]);

    [Fact]
    public void PageModels_and_endpoints_never_touch_a_DbContext_or_a_domain_type() =>
        RuleAssert.Holds(HostRules.PagesAndEndpointsNeverTouchADbContextOrADomainType(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void PageModel_or_endpoint_using_a_DbContext_or_a_domain_type_is_reported() =>
        RuleAssert.Reports(
            HostRules.PagesAndEndpointsNeverTouchADbContextOrADomainType(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingCountPageModel), typeof(ThingDetailsPageModel.ThingInput), typeof(ThingStatisticsEndpoints)],
            compliant: [typeof(RenameThingPageModel), typeof(ThingDetailsPageModel), typeof(ThingEndpoints)]);
}
