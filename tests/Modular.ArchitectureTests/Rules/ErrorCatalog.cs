using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Modular.Host;
using Modular.SharedKernel.Results;

namespace Modular.ArchitectureTests.Rules;

/// <summary>
/// A module's errors as the rules see them: the <c>...Errors</c> classes of its Domain and
/// Application, and the codes its Contracts declare (<c>{Module}ErrorCodes</c>).
/// </summary>
internal sealed record ErrorModule(string Name, IReadOnlyList<Type> ErrorClasses, Type? CodesClass)
{
    /// <summary>A real module, read from its assemblies beside this test assembly.</summary>
    public static ErrorModule Of(string module)
    {
        var errorClasses = new[] { "Domain", "Application" }
            .Select(layer => Assembly.Load($"Modular.{module}.{layer}"))
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .ToList();
        var codes = Assembly.Load($"Modular.{module}.Contracts").GetTypes().SingleOrDefault(t => t.Name == $"{module}ErrorCodes");
        return new ErrorModule(module, errorClasses, codes);
    }
}

/// <summary>A culture's texts of the Host's resources.</summary>
internal sealed class ResourceTexts(string language, IReadOnlyDictionary<string, string> texts)
{
    public string Language { get; } = language;

    public IReadOnlyDictionary<string, string> Texts { get; } = texts;

    /// <summary>French is the neutral resource, English its satellite; no fallback from one to the other.</summary>
    public static ResourceTexts French => Load("French", CultureInfo.InvariantCulture);

    public static ResourceTexts English => Load("English", CultureInfo.GetCultureInfo("en"));

    private static ResourceTexts Load(string language, CultureInfo culture)
    {
        var manager = new ResourceManager("Modular.Host.Resources.SharedResource", typeof(SharedResource).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"The Host has no {language} resources.");
        return new ResourceTexts(language, set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal));
    }
}

/// <summary>
/// One declaration per error code, one French and one English text per code and reason, texts
/// that take no more values than the error carries (STYLE.md: "An error code typed in three
/// places drifts"). Each rule returns what it finds wrong, one line per fault.
/// </summary>
internal static partial class ErrorCatalog
{
    /// <summary>The suffix of Contracts constants that name a problem extension, not a code.</summary>
    public const string ExtensionSuffix = "Extension";

    /// <summary>The suffixes of a counted text's other forms (see the Host's Plurals).</summary>
    private static readonly string[] PluralVariants = [".One", ".Zero"];

    /// <summary>
    /// Every error a class gives out: its non-private static fields and properties, and what its
    /// non-private static methods return for sample arguments (private ones are building blocks).
    /// A parameter type without a sample is a fault to fix here.
    /// </summary>
    public static IReadOnlyList<(string Member, Error Error)> ErrorsOf(Type errorsClass)
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;
        var fields = errorsClass.GetFields(all).Where(f => f.FieldType == typeof(Error)).Select(f => (f.Name, (Error)f.GetValue(null)!));
        var properties = errorsClass.GetProperties(all).Where(p => p.PropertyType == typeof(Error)).Select(p => (p.Name, (Error)p.GetValue(null)!));
        var methods = errorsClass.GetMethods(all)
            .Where(m => m.ReturnType == typeof(Error) && !m.IsSpecialName && !m.IsGenericMethod)
            .Select(m => (m.Name, (Error)m.Invoke(null, [.. m.GetParameters().Select(p => Sample(p.ParameterType, $"{errorsClass.Name}.{m.Name}"))])!));
        return [.. fields.Concat(properties).Concat(methods).Select(e => ($"{errorsClass.Name}.{e.Item1}", e.Item2))];
    }

    /// <summary>The codes a Contracts class declares: its constant strings, but extension names.</summary>
    public static IReadOnlySet<string> CodesOf(Type codesClass) =>
        codesClass.GetFields(BindingFlags.Static | BindingFlags.Public)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && !f.Name.EndsWith(ExtensionSuffix, StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> DeclaredCodes(ErrorModule module) => module.CodesClass is null ? [] : CodesOf(module.CodesClass);

    /// <summary>Errors of the module whose code its Contracts do not declare (a validator's generic code aside).</summary>
    public static IReadOnlyList<string> CodesMissingFromContracts(ErrorModule module)
    {
        var errors = module.ErrorClasses.SelectMany(ErrorsOf).Where(e => e.Error.Code != Error.ValidationFailed).ToList();
        if (module.CodesClass is null)
        {
            return errors.Count == 0 ? [] : [$"{module.Name} returns errors but its Contracts declare no {module.Name}ErrorCodes."];
        }

        var declared = CodesOf(module.CodesClass);
        return [.. errors.Where(e => !declared.Contains(e.Error.Code)).Select(e => $"{e.Member}: '{e.Error.Code}' is not declared in {module.CodesClass.Name}.")];
    }

    /// <summary>
    /// Codes and errors without a text in a language, and texts that ask for more values than the
    /// error carries (the page would fail to render them).
    /// </summary>
    public static IReadOnlyList<string> MissingTexts(ErrorModule module, params ResourceTexts[] languages)
    {
        var faults = new List<string>();
        foreach (var code in DeclaredCodes(module))
        {
            faults.AddRange(languages.Where(l => string.IsNullOrWhiteSpace(l.Texts.GetValueOrDefault(ErrorTexts.KeyPrefix + code))).Select(l => $"'{code}' has no {l.Language} text."));
        }

        foreach (var (member, error) in module.ErrorClasses.SelectMany(ErrorsOf).Where(e => e.Error.Code != Error.ValidationFailed))
        {
            var key = ErrorTexts.KeyOf(error);
            foreach (var language in languages)
            {
                if (!language.Texts.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    faults.Add($"{member}: no {language.Language} text '{key}'.");
                }
                else if (PlaceholderCount(text) > error.Arguments.Count)
                {
                    faults.Add($"{member}: the {language.Language} text '{key}' takes {PlaceholderCount(text)} value(s), the error carries {error.Arguments.Count}.");
                }

                // The singular of a counted text (« 1 essai ») is filled with the same values.
                foreach (var (variant, variantText) in PluralVariants.Select(v => (key + v, language.Texts.GetValueOrDefault(key + v))).Where(v => v.Item2 is not null))
                {
                    if (PlaceholderCount(variantText!) > error.Arguments.Count)
                    {
                        faults.Add($"{member}: the {language.Language} text '{variant}' takes {PlaceholderCount(variantText!)} value(s), the error carries {error.Arguments.Count}.");
                    }
                }
            }
        }

        return faults;
    }

    /// <summary>Texts of the module's codes and errors that are the same in French and English: an English page would show French.</summary>
    public static IReadOnlyList<string> UntranslatedTexts(ErrorModule module, ResourceTexts french, ResourceTexts english)
    {
        var keys = DeclaredCodes(module).Select(c => ErrorTexts.KeyPrefix + c)
            .Concat(module.ErrorClasses.SelectMany(ErrorsOf).Where(e => e.Error.Code != Error.ValidationFailed).Select(e => ErrorTexts.KeyOf(e.Error)))
            .Distinct(StringComparer.Ordinal);
        return [.. keys.Where(k => french.Texts.TryGetValue(k, out var fr) && english.Texts.TryGetValue(k, out var en) && string.Equals(fr.Trim(), en.Trim(), StringComparison.Ordinal))
            .Select(k => $"'{k}' is the same in French and English.")];
    }

    /// <summary>Error texts present in one language only.</summary>
    public static IReadOnlyList<string> UnpairedTexts(ResourceTexts french, ResourceTexts english)
    {
        static IEnumerable<string> Errors(ResourceTexts t) => t.Texts.Keys.Where(k => k.StartsWith(ErrorTexts.KeyPrefix, StringComparison.Ordinal));
        return [.. Errors(french).Except(Errors(english)).Select(k => $"'{k}' has no English text.")
            .Concat(Errors(english).Except(Errors(french)).Select(k => $"'{k}' has no French text."))];
    }

    /// <summary>How many values a composite format takes: the highest <c>{n}</c> plus one.</summary>
    public static int PlaceholderCount(string text) =>
        Placeholder().Matches(text.Replace("{{", "", StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    private static object? Sample(Type type, string member)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, member);
        }

        return type switch
        {
            _ when type == typeof(string) || type == typeof(object) => "sample",
            _ when type == typeof(int) => 2,
            _ when type == typeof(long) => 2048L,
            _ when type == typeof(decimal) => 250_000m,
            _ when type == typeof(Guid) => Guid.Empty,
            _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(5),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero),
            _ when type.IsAssignableFrom(typeof(string[])) => new[] { "pdf", "png" },
            _ when type.IsAssignableFrom(typeof(Dictionary<string, string[]>)) => new Dictionary<string, string[]> { ["Field"] = ["message"] },
            _ when type.IsAssignableFrom(typeof(Dictionary<string, Error>)) => new Dictionary<string, Error> { ["Field"] = Error.Invalid("sample-field", "message") },
            { IsGenericType: true } when type.GetGenericArguments() is [var item] && type.IsAssignableFrom(item.MakeArrayType()) => Array.CreateInstance(item, 0),
            _ => throw new InvalidOperationException($"{member} takes a {type.Name}: give ErrorCatalog a sample of it."),
        };
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
