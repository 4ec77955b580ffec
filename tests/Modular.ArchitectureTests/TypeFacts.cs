using System.Collections.Concurrent;
using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;

namespace Modular.ArchitectureTests;

/// <summary>Questions the rules ask about a type that ArchUnitNET's fluent syntax does not answer directly.</summary>
internal static class TypeFacts
{
    private static readonly ConcurrentDictionary<string, Type?> RuntimeTypes = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the type is, or derives from, <paramref name="baseType"/> (an open generic matches
    /// any of its constructions). ArchUnitNET knows a class's ancestors only as far as the loaded
    /// assemblies go (IdentityDbContext's chain stops at ASP.NET Core Identity's base), so the
    /// runtime type, loadable here, answers when ArchUnitNET cannot.
    /// </summary>
    public static bool DerivesFrom(IType type, Type baseType)
    {
        var name = baseType.FullName;
        if (type.FullName == name || (type is Class c && c.InheritedClasses.Any(b => b.FullName == name)))
        {
            return true;
        }

        return RuntimeTypeOf(type) is { } runtime && Ancestors(runtime).Any(t => t == baseType || (t.IsGenericType && t.GetGenericTypeDefinition() == baseType));
    }

    /// <summary>Whether the type implements the interface (an open generic matches any of its constructions).</summary>
    public static bool Implements(IType type, Type interfaceType) =>
        type.ImplementedInterfaces.Any(i => i.FullName == interfaceType.FullName);

    public static bool IsInterface(IType type) => type is Interface;

    public static bool IsAbstractClass(IType type) => type is Class { IsAbstract: true };

    /// <summary>A static class is abstract and sealed in IL.</summary>
    public static bool IsStaticClass(IType type) => type is Class { IsAbstract: true, IsSealed: true };

    /// <summary>Public, and nested (if at all) only in public types: visible outside the assembly.</summary>
    public static bool IsEffectivelyPublic(IType type, IReadOnlyDictionary<string, IType> typesByFullName)
    {
        if (type.Visibility != Visibility.Public)
        {
            return false;
        }

        var plus = type.FullName.LastIndexOf('+');
        return plus < 0 || (typesByFullName.TryGetValue(type.FullName[..plus], out var declaring) && IsEffectivelyPublic(declaring, typesByFullName));
    }

    /// <summary>The type itself, or the outermost type it is nested in.</summary>
    public static string OutermostName(IType type) => type.FullName.Split('+')[0];

    /// <summary>The requests a MediatR handler handles: the first type argument of each IRequestHandler it implements.</summary>
    public static IReadOnlyList<IType> HandledRequests(IType handler) =>
    [
        .. handler.Dependencies.OfType<ImplementsInterfaceDependency>()
            .Where(d => IsRequestHandlerInterface(d.Target))
            .Select(d => d.TargetGenericArguments.FirstOrDefault()?.Type)
            .OfType<IType>()
            .DistinctBy(t => t.FullName),
    ];

    public static bool IsRequestHandler(IType type) => !IsInterface(type) && type.ImplementedInterfaces.Any(IsRequestHandlerInterface);

    private static bool IsRequestHandlerInterface(IType type) =>
        type.FullName == typeof(MediatR.IRequestHandler<,>).FullName || type.FullName == typeof(MediatR.IRequestHandler<>).FullName;

    private static Type? RuntimeTypeOf(IType type) =>
        RuntimeTypes.GetOrAdd(type.AssemblyQualifiedName, static name => Type.GetType(name, throwOnError: false));

    private static IEnumerable<Type> Ancestors(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }
}
