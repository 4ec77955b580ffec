using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Application;
using Modular.Fixture.Contracts;
using Modular.Fixture.Domain;
using Modular.Fixture.Infrastructure;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 5, and immutable requests.</summary>
public sealed class NamingTests
{
    [Fact]
    public void Request_handlers_are_named_after_their_request() =>
        RuleAssert.Holds(NamingRules.RequestHandlersAreNamedAfterTheirRequest(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Handler_named_unlike_its_request_is_reported() =>
        RuleAssert.Reports(
            NamingRules.RequestHandlersAreNamedAfterTheirRequest(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingsLookupService), typeof(ArchiveThingCommandHandler)],
            compliant: [typeof(RenameThingCommandHandler), typeof(GetThingQueryHandler)]);

    [Fact]
    public void Commands_end_with_Command() =>
        RuleAssert.Holds(NamingRules.CommandsEndWithCommand(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Command_not_ending_with_Command_is_reported() =>
        RuleAssert.Reports(
            NamingRules.CommandsEndWithCommand(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ArchiveThing)],
            compliant: [typeof(RenameThingCommand), typeof(MutableRenameCommand)]);

    [Fact]
    public void Queries_end_with_Query() =>
        RuleAssert.Holds(NamingRules.QueriesEndWithQuery(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Query_not_ending_with_Query_is_reported() =>
        RuleAssert.Reports(
            NamingRules.QueriesEndWithQuery(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingsLookup)],
            compliant: [typeof(GetThingQuery)]);

    [Fact]
    public void Integration_events_end_with_IntegrationEvent() =>
        RuleAssert.Holds(NamingRules.IntegrationEventsEndWithIntegrationEvent(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Integration_event_not_ending_with_IntegrationEvent_is_reported() =>
        RuleAssert.Reports(
            NamingRules.IntegrationEventsEndWithIntegrationEvent(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingArchived)],
            compliant: [typeof(ThingRenamedIntegrationEvent)]);

    [Fact]
    public void Specifications_end_with_Spec() =>
        RuleAssert.Holds(NamingRules.SpecificationsEndWithSpec(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Specification_not_ending_with_Spec_is_reported() =>
        RuleAssert.Reports(
            NamingRules.SpecificationsEndWithSpec(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingsNamedLike)],
            compliant: [typeof(ThingByNameSpec)]);

    [Fact]
    public void DbContexts_end_with_DbContext() =>
        RuleAssert.Holds(NamingRules.DbContextsEndWithDbContext(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void DbContext_not_ending_with_DbContext_is_reported() =>
        RuleAssert.Reports(
            NamingRules.DbContextsEndWithDbContext(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(ThingStore)],
            compliant: [typeof(FixtureDbContext)]);

    [Fact]
    public void Requests_are_immutable_records() =>
        RuleAssert.Holds(NamingRules.RequestsAreImmutableRecords(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Mutable_request_is_reported() =>
        RuleAssert.Reports(
            NamingRules.RequestsAreImmutableRecords(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(MutableRenameCommand), typeof(RetitleThingCommand)],
            compliant: [typeof(RenameThingCommand), typeof(GetThingQuery), typeof(ArchiveThing)]);
}
