using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.Vault.Domain.Documents;

namespace Modular.UnitTests.Vault;

/// <summary>The demo documents are PDFs a viewer opens: the vault recognises them, and their cross-reference table is exact.</summary>
public sealed partial class DemoPdfTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void A_demo_pdf_is_recognised_by_the_vault_as_a_pdf()
    {
        var pdf = DemoPdf.Create("Bilan 2024", ["Chiffre d'affaires : 412 300 EUR"]);

        var name = DocumentFileName.Parse("bilan.pdf").Value;
        Assert.Equal("application/pdf", FileType.Recognise(name, pdf.AsSpan(0, FileType.HeadLength)).Value);
    }

    [Fact]
    public void Every_object_starts_where_the_cross_reference_table_says_and_startxref_points_at_the_table()
    {
        var text = Latin1.GetString(DemoPdf.Create("Constat (amiable)", ["Véhicule A : Peugeot 308", "Réparé à 100 % \\ payé"]));

        var startxref = long.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 6\n", text[(int)startxref..], StringComparison.Ordinal);
        var entries = XrefEntry().Matches(text[(int)startxref..]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.StartsWith($"{i + 1} 0 obj\n", text[entries[i]..], StringComparison.Ordinal);
        }

        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_stream_length_is_exact_and_text_is_escaped_in_latin1()
    {
        var text = Latin1.GetString(DemoPdf.Create("Constat (amiable)", ["Réparé à 100 % \\ payé"]));

        var match = Stream().Match(text);
        Assert.True(match.Success);
        Assert.Equal(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value.Length);
        Assert.Contains("(Constat \\(amiable\\)) Tj", match.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains("(Réparé à 100 % \\\\ payé) Tj", match.Groups[2].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n \n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"<< /Length (\d+) >>\nstream\n(.*?)\nendstream", RegexOptions.Singleline)]
    private static partial Regex Stream();
}
