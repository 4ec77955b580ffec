using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Specifications;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 5: names say the role (XCommand/XQuery with XCommandHandler/XQueryHandler,
/// XIntegrationEvent, XSpec, XDbContext); and, after kgrzybek's Command_Should_Be_Immutable,
/// requests are immutable records.
/// </summary>
internal static class NamingRules
{
    public static IArchRule RequestHandlersAreNamedAfterTheirRequest(ModularSystem system) =>
        Types().That().FollowCustomPredicate(TypeFacts.IsRequestHandler, "are MediatR request handlers")
            .Should().FollowCustomCondition(HandlerNamedAfterItsRequest, "be named <Request>Handler, ending with CommandHandler or QueryHandler");

    public static IArchRule CommandsEndWithCommand(ModularSystem system) =>
        Types().That().FollowCustomPredicate(
                type => !TypeFacts.IsInterface(type) && (TypeFacts.Implements(type, typeof(ICommand)) || TypeFacts.Implements(type, typeof(ICommand<>))),
                "implement ICommand or ICommand<T>")
            .Should().HaveNameEndingWith("Command")
            .WithoutRequiringPositiveResults();

    public static IArchRule QueriesEndWithQuery(ModularSystem system) =>
        Types().That().FollowCustomPredicate(
                type => !TypeFacts.IsInterface(type) && TypeFacts.Implements(type, typeof(IQuery<>)),
                "implement IQuery<T>")
            .Should().HaveNameEndingWith("Query")
            .WithoutRequiringPositiveResults();

    public static IArchRule IntegrationEventsEndWithIntegrationEvent(ModularSystem system) =>
        Types().That().FollowCustomPredicate(
                type => !TypeFacts.IsInterface(type) && !TypeFacts.IsAbstractClass(type) && TypeFacts.Implements(type, typeof(IIntegrationEvent)),
                "are concrete integration events")
            .Should().HaveNameEndingWith("IntegrationEvent")
            .WithoutRequiringPositiveResults();

    public static IArchRule SpecificationsEndWithSpec(ModularSystem system) =>
        Classes().That().AreNotAbstract()
            .And().FollowCustomPredicate(type => TypeFacts.DerivesFrom(type, typeof(Specification<>)), "derive from Specification<T>")
            .Should().HaveNameEndingWith("Spec")
            .WithoutRequiringPositiveResults();

    public static IArchRule DbContextsEndWithDbContext(ModularSystem system) =>
        Classes().That().AreNotAbstract()
            .And().FollowCustomPredicate(type => TypeFacts.DerivesFrom(type, typeof(DbContext)), "derive from DbContext")
            .Should().HaveNameEndingWith("DbContext")
            .WithoutRequiringPositiveResults();

    /// <summary>A request is a value: a record whose properties and fields cannot change once built (init is fine).</summary>
    public static IArchRule RequestsAreImmutableRecords(ModularSystem system) =>
        Types().That().FollowCustomPredicate(
                type => !TypeFacts.IsInterface(type) && (TypeFacts.Implements(type, typeof(IRequest<>)) || TypeFacts.Implements(type, typeof(IRequest))),
                "are MediatR requests (commands and queries)")
            .Should().FollowCustomCondition(IsImmutableRecord, "be immutable records")
            .WithoutRequiringPositiveResults();

    private static ConditionResult HandlerNamedAfterItsRequest(IType handler)
    {
        var requests = TypeFacts.HandledRequests(handler);
        var expected = requests.Select(r => r.Name + "Handler").ToList();
        var problems = new List<string>();
        if (!handler.Name.EndsWith("CommandHandler", StringComparison.Ordinal) && !handler.Name.EndsWith("QueryHandler", StringComparison.Ordinal))
        {
            problems.Add("does not end with CommandHandler or QueryHandler");
        }

        if (expected.Count != 1 || expected[0] != handler.Name)
        {
            problems.Add($"handles {string.Join(", ", requests.Select(r => r.Name))} so should be named {string.Join(" / ", expected)}");
        }

        return new ConditionResult(handler, problems.Count == 0, string.Join("; ", problems));
    }

    private static ConditionResult IsImmutableRecord(IType type)
    {
        if (type is not Class { IsRecord: true } record)
        {
            return new ConditionResult(type, false, "is not a record class");
        }

        var mutable = record.Members
            .Where(m => m.IsStatic != true && !m.IsCompilerGenerated)
            .Where(m => m switch
            {
                PropertyMember p => p.Writability == Writability.Writable,
                FieldMember f => f.Writability == Writability.Writable,
                _ => false,
            })
            .Select(m => m.Name)
            .ToList();
        return mutable.Count == 0
            ? new ConditionResult(type, true, "")
            : new ConditionResult(type, false, "can be changed through " + string.Join(", ", mutable));
    }
}
