namespace Modular.ClientPortal.Application.Documents;

/// <summary>
/// The name a published PDF is downloaded under: the uploaded file's name without any path or
/// control characters, ending in <c>.pdf</c>; the title when no name came.
/// </summary>
internal static class PdfFileName
{
    public const int MaxLength = 150;

    public static string Of(string? fileName, string? title)
    {
        var name = Clean(Path.GetFileName((fileName ?? "").Replace('\\', '/')));
        if (name.Length == 0 || name.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name = Clean(title ?? "");
        }

        if (name.Length == 0)
        {
            name = "document";
        }

        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            name += ".pdf";
        }

        return name.Length <= MaxLength ? name : name[..(MaxLength - 4)] + ".pdf";
    }

    private static string Clean(string text) =>
        new string([.. text.Where(c => !char.IsControl(c) && c is not '/' and not '\\' and not '"' and not ':' and not '*' and not '?' and not '<' and not '>' and not '|')]).Trim();
}
