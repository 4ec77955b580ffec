using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;

namespace Modular.ArchitectureTests.Rules;

/// <summary>Pieces the rules share.</summary>
internal static class RuleParts
{
    /// <summary>One rule per module, all of which must hold.</summary>
    public static IArchRule ForEachModule(ModularSystem system, Func<string, IArchRule> rule) =>
        system.Modules.Count == 0
            ? throw new InvalidOperationException("The system has no module to check.")
            : system.Modules.Select(rule).Aggregate((all, next) => all.And(next));

    /// <summary>
    /// Passes when every type the given type depends on is allowed; otherwise names the others.
    /// Generic parameters are the type's own and always allowed.
    /// </summary>
    public static ConditionResult DependsOnlyOn(IType type, Func<IType, bool> allowed)
    {
        var forbidden = type.Dependencies
            .Select(d => d.Target)
            .Where(target => !target.IsGenericParameter && !allowed(target))
            .Select(target => target.FullName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return forbidden.Count == 0
            ? new ConditionResult(type, true, "")
            : new ConditionResult(type, false, "depends on " + string.Join(", ", forbidden));
    }

    /// <summary>Every type of the architecture by full name, to find the type a nested type is declared in.</summary>
    public static IReadOnlyDictionary<string, IType> TypesByFullName(Architecture architecture) =>
        architecture.Types.GroupBy(t => t.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
