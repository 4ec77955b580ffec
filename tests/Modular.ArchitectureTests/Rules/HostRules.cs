using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Modular.ArchitectureTests.ModuleNamespaces;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// ARCHITECTURE.md rule 3: the Host uses Contracts and each module's registration class only;
/// PageModels and endpoints never touch a DbContext or a domain type.
/// </summary>
internal static class HostRules
{
    public static IArchRule HostUsesContractsAndRegistrationClassesOnly(ModularSystem system) =>
        Types().That().FollowCustomPredicate(IsHostType, "are Host types")
            .Should().NotDependOnAny(
                Types(true).That().FollowCustomPredicate(
                    type => Matches(type, AnyModule(Layer.Domain, Layer.Application, Layer.Infrastructure)) && !IsRegistrationClass(type),
                    "are in a module's Domain, Application or Infrastructure, other than its registration class (static Modular.<Name>.Infrastructure.<Name>Module)"));

    /// <summary>
    /// Pages are PageModels and Razor pages, with the types nested in them (their input models);
    /// endpoints are the Host's Api namespaces. EF Core as a whole is out of their reach, not only DbContext.
    /// </summary>
    public static IArchRule PagesAndEndpointsNeverTouchADbContextOrADomainType(ModularSystem system)
    {
        var typesByFullName = RuleParts.TypesByFullName(system.Architecture);
        static bool IsPage(IType type) => TypeFacts.DerivesFrom(type, typeof(PageModel)) || TypeFacts.DerivesFrom(type, typeof(Page));
        bool IsPageOrEndpoint(IType type) =>
            IsHostType(type)
            && (Matches(type, HostApiPattern)
                || IsPage(type)
                || (typesByFullName.TryGetValue(TypeFacts.OutermostName(type), out var outer) && IsPage(outer)));

        return Types().That().FollowCustomPredicate(IsPageOrEndpoint, "are PageModels, Razor pages or Host Api endpoints")
            .Should().NotDependOnAny(
                Types(true).That().FollowCustomPredicate(
                    type => TypeFacts.DerivesFrom(type, typeof(DbContext)) || IsBelow(type, "Microsoft.EntityFrameworkCore") || Matches(type, AnyModule(Layer.Domain)),
                    "are DbContexts, EF Core or module domain types"));
    }

    /// <summary>The Host's own code, Razor pages included, wherever the compiler put it.</summary>
    private static bool IsHostType(IType type) => IsBelow(type, HostNamespace) || type.Assembly.Name == ModularSystem.HostAssembly;
}
