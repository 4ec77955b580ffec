using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Results;

namespace Modular.Host;

/// <summary>
/// The one way an error becomes words: the resource <c>Error.{code}</c> (or
/// <c>Error.{code}.{reason}</c>) in the reader's language, filled with the error's arguments.
/// A text that counts something has its singular as <c>{key}.One</c>, chosen by the error's first
/// whole-number argument (« 1 minute », « 1 essai »: see <see cref="Plurals"/>).
/// Pages and API answers both use it.
/// </summary>
public static class ErrorTexts
{
    public const string KeyPrefix = "Error.";

    /// <summary>The resource key of an error's text.</summary>
    public static string KeyOf(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Reason is null ? KeyPrefix + error.Code : $"{KeyPrefix}{error.Code}.{error.Reason}";
    }

    /// <summary>
    /// The error's text in the current UI culture; the error's own (French) message for a code the
    /// resources do not know (a test keeps every module's codes known).
    /// </summary>
    public static string Describe(this IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        object[] arguments = [.. error.Arguments.Select(a => a ?? string.Empty)];
        var text = error.Arguments.OfType<int>().Select(n => (int?)n).FirstOrDefault() is { } count
            ? localizer.Count(KeyOf(error), count, arguments)
            : localizer[KeyOf(error), arguments];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    /// <summary>A validator's messages for one field, each in the reader's language when a coded error is behind it.</summary>
    public static IEnumerable<string> FieldMessages(this IStringLocalizer localizer, Error error, string field, IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var causes = error.FieldCauses.GetValueOrDefault(field) ?? [];
        return messages.Select((message, i) => i < causes.Length && causes[i] is { } cause ? localizer.Describe(cause) : message);
    }
}
