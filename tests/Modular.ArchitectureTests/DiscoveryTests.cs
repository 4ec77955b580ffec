using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Domain;
using Modular.Host.Fixture.Pages;

namespace Modular.ArchitectureTests;

/// <summary>The ground the rules stand on: every module is found, and real and fixture code never mix.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public void Every_module_assembly_beside_the_tests_is_loaded()
    {
        var system = ModularSystem.Real;
        var moduleAssemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "Modular.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => ModularSystem.TryParseModuleAssembly(name, out _, out _));

        Assert.Contains("Identity", system.Modules);
        Assert.All(moduleAssemblies, name => Assert.Contains(name, system.AssemblyNames));
        Assert.All(system.AssemblyNames, name => Assert.Contains(system.Architecture.Types, t => t.Assembly.Name == name));
    }

    [Fact]
    public void Types_live_under_their_assemblys_namespace() =>
        RuleAssert.Holds(DiscoveryRules.TypesLiveUnderTheirAssemblysNamespace(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Type_outside_its_assemblys_namespace_is_reported() =>
        // The fixtures are compiled into Modular.ArchitectureTests but pose as Modular.Fixture and Modular.Host.
        RuleAssert.Reports(
            DiscoveryRules.TypesLiveUnderTheirAssemblysNamespace(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(Thing), typeof(RenameThingPageModel)],
            compliant: []);

    [Fact]
    public void Fixtures_are_invisible_to_the_real_system()
    {
        var testAssembly = typeof(DiscoveryTests).Assembly.GetName().Name;

        Assert.DoesNotContain(ModularSystem.Real.Architecture.Types, t => t.Assembly.Name == testAssembly);
        Assert.DoesNotContain(ModularSystem.Real.Architecture.Types, t => t.FullName == typeof(Thing).FullName);
        Assert.All(ModularSystem.Fixtures.Architecture.Types, t => Assert.Equal(testAssembly, t.Assembly.Name));
        Assert.All(ModularSystem.Fixtures.Architecture.Types, t => Assert.Contains(ModularSystem.FixtureNamespaces, ns => ModuleNamespaces.IsBelow(t, ns)));
    }
}
