using System.Globalization;
using System.Text;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Documents;

/// <summary>
/// A document's name as people see it. It is only ever a label: files are stored under their
/// content hash, so a name never reaches the file system. Names with path or reserved characters
/// are refused rather than silently changed, so that nobody wonders where a file went.
/// </summary>
internal sealed record DocumentFileName
{
    public const int MaxLength = 200;
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private DocumentFileName(string value) => Value = value;

    public string Value { get; }

    /// <summary>Lower-case extension without the dot; empty when there is none.</summary>
    public string Extension => Path.GetExtension(Value).TrimStart('.').ToLowerInvariant();

    public static Result<DocumentFileName> Parse(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return VaultErrors.FileNameMissing;
        }

        if (trimmed.IndexOfAny(Forbidden) >= 0 || trimmed.Any(char.IsControl) || trimmed is "." or ".." || trimmed.StartsWith("..", StringComparison.Ordinal))
        {
            return VaultErrors.FileNameForbidden(Printable(trimmed));
        }

        // Format characters are invisible and can disguise a name: "invoice\u202Efdp.exe" reads "invoiceexe.pdf".
        if (trimmed.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format))
        {
            return VaultErrors.FileNameInvisible(Printable(trimmed));
        }

        if (trimmed.Length > MaxLength)
        {
            return VaultErrors.FileNameTooLong(MaxLength);
        }

        return new DocumentFileName(trimmed);
    }

    private static string Printable(string name) =>
        string.Concat(name.EnumerateRunes().Where(r => !Rune.IsControl(r) && Rune.GetUnicodeCategory(r) != UnicodeCategory.Format).Take(80));

    public override string ToString() => Value;
}
