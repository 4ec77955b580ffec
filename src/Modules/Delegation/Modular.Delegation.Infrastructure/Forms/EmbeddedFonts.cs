using PdfSharp.Fonts;

namespace Modular.Delegation.Infrastructure.Forms;

/// <summary>
/// The fonts the mandate forms are written in (DejaVu Sans, regular and bold), embedded in the
/// assembly: a server without fonts installed writes the same PDF. PDFsharp takes one resolver for
/// the whole process; it is set once, the first time a form is written.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "Modular.Delegation.Fonts.DejaVuSans.ttf";
    private const string Bold = "Modular.Delegation.Fonts.DejaVuSans-Bold.ttf";
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(faceName);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
