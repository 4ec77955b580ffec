using Modular.Notifications.Domain.Templates;

namespace Modular.Notifications.Application.Ports;

/// <summary>The templates shipped with the product (embedded files), one per key and culture.</summary>
internal interface ITemplateCatalog
{
    IReadOnlyList<(string Key, string Culture)> All { get; }

    TemplateSource? Find(string key, string culture);

    /// <summary>Values that show what the template looks like (for previews and tests).</summary>
    IReadOnlyDictionary<string, string> SampleModel(string key, string culture);
}
