using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 6: domain code has no DateTime.Now/UtcNow; time comes from a
/// TimeProvider it is given. Reading TimeProvider.System is the same clock by another door.
/// </summary>
internal static class ClockRules
{
    private static readonly HashSet<string> ClockReads = new(StringComparer.Ordinal)
    {
        "System.DateTime::get_Now()",
        "System.DateTime::get_UtcNow()",
        "System.DateTime::get_Today()",
        "System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset::get_UtcNow()",
        "System.TimeProvider::get_System()",
    };

    public static IArchRule DomainNeverReadsTheSystemClock(ModularSystem system) =>
        Types().That().ResideInNamespaceMatching(AnyModule(Layer.Domain))
            .Should().FollowCustomCondition(ReadsNoClock, "not read the system clock (DateTime.Now/UtcNow/Today, DateTimeOffset.Now/UtcNow, TimeProvider.System)");

    private static ConditionResult ReadsNoClock(IType type)
    {
        var reads = type.Dependencies.OfType<MethodCallDependency>()
            .Select(call => $"{call.TargetMember.DeclaringType.FullName}::{call.TargetMember.Name}")
            .Where(ClockReads.Contains)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return reads.Count == 0
            ? new ConditionResult(type, true, "")
            : new ConditionResult(type, false, "calls " + string.Join(", ", reads));
    }
}
