using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;

namespace Modular.ArchitectureTests;

internal static class RuleAssert
{
    /// <summary>The rule holds on the system; ArchUnitNET's message lists every violation otherwise.</summary>
    public static void Holds(IArchRule rule, ModularSystem system) => rule.Check(system.Architecture);

    /// <summary>
    /// The rule reports each of <paramref name="violators"/> and lets each of
    /// <paramref name="compliant"/> through after looking at it: it can fail, and it fails for
    /// the reason it is meant to, not by catching everything. <paramref name="exempt"/> types are
    /// ones the rule leaves out on purpose: they must not be reported either.
    /// </summary>
    public static void Reports(IArchRule rule, ModularSystem system, Type[] violators, Type[] compliant, Type[]? exempt = null)
    {
        var results = rule.Evaluate(system.Architecture).ToList();
        var failed = results.Where(r => !r.Passed).Select(NameOf).ToHashSet(StringComparer.Ordinal);
        var passed = results.Where(r => r.Passed).Select(NameOf).ToHashSet(StringComparer.Ordinal);
        var report = $"Rule: {rule.Description}{Environment.NewLine}Reported:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", results.Where(r => !r.Passed).Select(r => r.Description));

        Assert.False(rule.HasNoViolations(system.Architecture), report);
        foreach (var violator in violators)
        {
            Assert.True(failed.Contains(violator.FullName!), $"{violator.FullName} should be reported.{Environment.NewLine}{report}");
        }

        foreach (var type in compliant)
        {
            Assert.True(passed.Contains(type.FullName!), $"{type.FullName} should have been checked and let through.{Environment.NewLine}{report}");
            Assert.False(failed.Contains(type.FullName!), $"{type.FullName} should not be reported.{Environment.NewLine}{report}");
        }

        foreach (var type in exempt ?? [])
        {
            Assert.False(failed.Contains(type.FullName!), $"{type.FullName} is exempt and should not be reported.{Environment.NewLine}{report}");
        }
    }

    private static string NameOf(EvaluationResult result) => (result.EvaluatedObject as IHasName)?.FullName ?? "";
}
