using System.Collections.Frozen;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Domain.Templates;

namespace Modular.Notifications.Infrastructure.Templates;

/// <summary>
/// The shipped templates: embedded files <c>Templates/Defaults/{key}.{culture}.scriban</c>, each
/// with sections "=== subject", "=== html", "=== text" and "=== sample" (name: value lines).
/// </summary>
internal sealed class EmbeddedTemplateCatalog : ITemplateCatalog
{
    private const string Prefix = "templates/";
    private readonly FrozenDictionary<(string Key, string Culture), TemplateSource> _templates;
    private readonly FrozenDictionary<(string Key, string Culture), IReadOnlyDictionary<string, string>> _samples;

    public EmbeddedTemplateCatalog()
    {
        var assembly = typeof(EmbeddedTemplateCatalog).Assembly;
        var templates = new Dictionary<(string, string), TemplateSource>();
        var samples = new Dictionary<(string, string), IReadOnlyDictionary<string, string>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".scriban", StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^".scriban".Length];
            var culture = name[(name.LastIndexOf('.') + 1)..];
            var key = name[..name.LastIndexOf('.')];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var sections = Parse(reader.ReadToEnd());
            templates[(key, culture)] = new TemplateSource(sections["subject"].Trim(), sections["html"].Trim() + "\n", sections["text"].Trim() + "\n");
            if (sections.TryGetValue("sample", out var sample))
            {
                samples[(key, culture)] = ParseSample(sample);
            }
        }

        _templates = templates.ToFrozenDictionary();
        _samples = samples.ToFrozenDictionary();
    }

    public IReadOnlyList<(string Key, string Culture)> All => [.. _templates.Keys];

    public TemplateSource? Find(string key, string culture) => _templates.GetValueOrDefault((key, culture));

    /// <summary>The sample values written in the template's language (dates, amounts), else the French ones.</summary>
    public IReadOnlyDictionary<string, string> SampleModel(string key, string culture) =>
        _samples.GetValueOrDefault((key, culture)) ?? _samples.GetValueOrDefault((key, "fr")) ?? new Dictionary<string, string>();

    private static Dictionary<string, string> Parse(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var buffer = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    sections[current] = string.Join('\n', buffer);
                }

                current = line[4..].Trim();
                buffer.Clear();
            }
            else
            {
                buffer.Add(line);
            }
        }

        if (current is not null)
        {
            sections[current] = string.Join('\n', buffer);
        }

        foreach (var required in new[] { "subject", "html", "text" })
        {
            if (!sections.ContainsKey(required))
            {
                throw new InvalidOperationException($"A shipped template lacks its '=== {required}' section.");
            }
        }

        return sections;
    }

    private static Dictionary<string, string> ParseSample(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
}
