using System.Globalization;
using System.Text;

namespace Modular.SharedKernel.Infrastructure.Seeding;

/// <summary>
/// A small, valid one-page PDF (PDF 1.4: catalog, page tree, one page, Helvetica, a text stream and
/// a cross-reference table with exact offsets) that any viewer opens. Text is written in Latin-1,
/// which WinAnsiEncoding shares for French letters; characters outside it become '?'.
/// </summary>
public static class DemoPdf
{
    private static readonly Encoding Latin1 = Encoding.GetEncoding("ISO-8859-1", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    public static byte[] Create(string title, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        text.Append("BT\n/F1 18 Tf\n72 770 Td\n(").Append(Escape(title)).Append(") Tj\n/F1 11 Tf\n0 -32 Td\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escape(line)).Append(") Tj\n0 -16 Td\n");
        }

        text.Append("ET\n");
        var content = Latin1.GetBytes(text.ToString());

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];

        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        offsets.Add(pdf.Position);
        Write(pdf, $"5 0 obj\n<< /Length {content.Length} >>\nstream\n");
        pdf.Write(content);
        Write(pdf, "\nendstream\nendobj\n");

        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static void Write(Stream stream, string text) => stream.Write(Latin1.GetBytes(text));
}
