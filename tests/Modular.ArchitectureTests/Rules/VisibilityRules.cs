using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 4: <c>internal sealed</c> is the default in Domain, Application and
/// Infrastructure. Exempt: the module's registration class (public static, the Host calls it) and
/// EF Core migrations (generated public and unsealed, in a namespace ending in .Migrations).
/// </summary>
internal static class VisibilityRules
{
    private static readonly string Internals = AnyModule(Layer.Domain, Layer.Application, Layer.Infrastructure);

    public static IArchRule ModuleInternalsAreNotPublic(ModularSystem system)
    {
        var typesByFullName = RuleParts.TypesByFullName(system.Architecture);
        return Types().That().ResideInNamespaceMatching(Internals)
            .And().DoNotResideInNamespaceMatching(MigrationsPattern)
            .And().FollowCustomPredicate(type => !IsRegistrationClass(type), "are not the module's registration class (static <Name>Module)")
            .Should().FollowCustomCondition(
                type => !TypeFacts.IsEffectivelyPublic(type, typesByFullName),
                "not be public",
                "is public");
    }

    public static IArchRule ModuleClassesAreSealedUnlessAbstract(ModularSystem system) =>
        Classes().That().ResideInNamespaceMatching(Internals)
            .And().DoNotResideInNamespaceMatching(MigrationsPattern)
            .And().AreNotAbstract()
            .Should().BeSealed();
}
