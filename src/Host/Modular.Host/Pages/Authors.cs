using Microsoft.Extensions.Localization;

namespace Modular.Host.Pages;

/// <summary>
/// Who wrote a journal or history line, as every page says it: the person, or the mandatary and
/// the person they acted for (« Claire Martin pour le compte de Dr Jean Dupont »).
/// </summary>
public static class Authors
{
    /// <summary>The line's author; null when it names nobody the reader's organisation knows.</summary>
    public static string? Of(string? actorName, string? actingName, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return (actorName, actingName) switch
        {
            ({ } actor, { } acting) => localizer["Acting.OnBehalfOf", acting, actor],
            (null, { } acting) => acting,
            ({ } actor, null) => actor,
            _ => null,
        };
    }
}
