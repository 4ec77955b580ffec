using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Modular.ArchitectureTests;

/// <summary>
/// What the rules look at: an ArchUnitNET architecture and the names of the modules in it.
/// <see cref="Real"/> is read from the Modular assemblies beside this test assembly, so a new
/// module is covered as soon as the Host references it. <see cref="Fixtures"/> is read from the
/// deliberately bad types under Fixtures/, which live only in this test assembly: the real
/// architecture never loads them.
/// </summary>
internal sealed partial class ModularSystem
{
    public const string SharedKernelAssembly = "Modular.SharedKernel";
    public const string SharedKernelInfrastructureAssembly = "Modular.SharedKernel.Infrastructure";
    public const string HostAssembly = "Modular.Host";

    /// <summary>The namespaces of this test assembly that hold the fixtures, and their modules.</summary>
    public static readonly IReadOnlyList<string> FixtureNamespaces =
    [
        "Modular.Fixture",
        "Modular.Other",
        "Modular.Third",
        "Modular.Host.Fixture",
        "Modular.SharedKernel.Fixture",
        "Modular.SharedKernel.Infrastructure.Fixture",
    ];

    public static readonly IReadOnlyList<string> FixtureModules = ["Fixture", "Other", "Third"];

    // Loaded once per test run: reading the assemblies is the slow part.
    private static readonly Lazy<ModularSystem> LazyReal = new(LoadReal);
    private static readonly Lazy<ModularSystem> LazyFixtures = new(LoadFixtures);

    private ModularSystem(Architecture architecture, IReadOnlyList<string> modules, IReadOnlyList<string> assemblyNames)
    {
        Architecture = architecture;
        Modules = modules;
        AssemblyNames = assemblyNames;
    }

    public static ModularSystem Real => LazyReal.Value;

    public static ModularSystem Fixtures => LazyFixtures.Value;

    public Architecture Architecture { get; }

    /// <summary>Module names, as in <c>Modular.&lt;Name&gt;.Domain</c>.</summary>
    public IReadOnlyList<string> Modules { get; }

    /// <summary>The assemblies the architecture was read from.</summary>
    public IReadOnlyList<string> AssemblyNames { get; }

    /// <summary>The module and layer an assembly file name such as Modular.Identity.Domain.dll stands for.</summary>
    public static bool TryParseModuleAssembly(string assemblyName, out string module, out Layer layer)
    {
        var match = ModuleAssemblyName().Match(assemblyName);
        if (match.Success && !ModuleNamespaces.IsReservedName(match.Groups["module"].Value))
        {
            module = match.Groups["module"].Value;
            layer = System.Enum.Parse<Layer>(match.Groups["layer"].Value);
            return true;
        }

        module = "";
        layer = default;
        return false;
    }

    private static ModularSystem LoadReal()
    {
        var directory = AppContext.BaseDirectory;
        var moduleAssemblies = Directory.EnumerateFiles(directory, "Modular.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => TryParseModuleAssembly(name, out _, out _))
            .Order(StringComparer.Ordinal)
            .ToList();
        var modules = moduleAssemblies
            .Select(name => TryParseModuleAssembly(name, out var module, out _) ? module : "")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (modules.Count == 0)
        {
            throw new InvalidOperationException($"No Modular.<Name>.<Layer>.dll beside the tests in {directory}.");
        }

        string[] assemblyNames = [SharedKernelAssembly, SharedKernelInfrastructureAssembly, HostAssembly, .. moduleAssemblies];
        var assemblies = assemblyNames.Select(name =>
        {
            var path = Path.Combine(directory, name + ".dll");
            return File.Exists(path)
                ? System.Reflection.Assembly.Load(System.Reflection.AssemblyName.GetAssemblyName(path))
                : throw new InvalidOperationException($"{name}.dll is missing from {directory}.");
        });

        // No rule evaluation cache: it keys object providers by their description, and two
        // custom predicates may share a description while meaning different modules.
        var architecture = new ArchLoader().WithoutRuleEvaluationCache().LoadAssemblies([.. assemblies]).Build();
        return new ModularSystem(architecture, modules, assemblyNames);
    }

    private static ModularSystem LoadFixtures()
    {
        // LoadNamespacesWithinAssembly would drop nested types (their metadata namespace is empty),
        // and the fixtures need one, as the real PageModels have: so read the whole test assembly
        // and keep the types of the fixture namespaces, leaving this assembly's own code out.
        var testAssembly = typeof(ModularSystem).Assembly;
        var whole = new ArchLoader().WithoutRuleEvaluationCache().LoadAssembly(testAssembly).Build();
        var architecture = new Architecture(
            whole.Assemblies,
            whole.Namespaces.Where(n => IsFixtureNamespace(n.FullName)),
            whole.Types.Where(t => IsFixtureNamespace(t.Namespace.FullName)),
            whole.GenericParameters,
            whole.ReferencedTypes,
            useRuleEvaluationCache: false);
        return new ModularSystem(architecture, FixtureModules, [testAssembly.GetName().Name!]);
    }

    private static bool IsFixtureNamespace(string ns) =>
        FixtureNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal));

    [GeneratedRegex(@"^Modular\.(?<module>[^.]+)\.(?<layer>Contracts|Domain|Application|Infrastructure)$")]
    private static partial Regex ModuleAssemblyName();
}
