using Modular.ClientPortal.Application.Documents;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.UnitTests.ClientPortal;

public sealed class DocumentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_line_carries_the_documents_of_the_seed()
    {
        Assert.Equal([DocumentKind.PaymentLetter, DocumentKind.BenefitStatement], DocumentKinds.Of(Line.Ijm));
        Assert.Equal([DocumentKind.CoverageLetter, DocumentKind.PleaseWaitLetter, DocumentKind.BenefitStatement, DocumentKind.CostReimbursement], DocumentKinds.Of(Line.Laa));
        Assert.Equal([DocumentKind.CoverageLetter, DocumentKind.BenefitStatement, DocumentKind.CostReimbursement], DocumentKinds.Of(Line.Laac));
    }

    [Theory]
    [InlineData("IJM", "PaymentLetter", null)]
    [InlineData("ijm", "payment-letter", null)]
    [InlineData(" Laac ", "BENEFITSTATEMENT", null)]
    [InlineData("LAA", "PaymentLetter", "document-type-not-in-line")]
    [InlineData("LAAC", "PleaseWaitLetter", "document-type-not-in-line")]
    [InlineData("LAA", "1", "document-type-not-in-line")]
    [InlineData("AVS", "PaymentLetter", "line-invalid")]
    [InlineData("", "PaymentLetter", "line-invalid")]
    public void The_line_and_type_of_a_publication_are_checked_together(string line, string type, string? code)
    {
        var checkedFields = PortalDocument.Check(line, type, "Titre", "2026-11-30", Now);

        Assert.Equal(code, checkedFields.Error?.Code);
    }

    [Theory]
    [InlineData("2026-11-30", null)]
    [InlineData("2026-12-02", null)]
    [InlineData("2026-12-03", "document-date-invalid")]
    [InlineData("30.11.2026", "document-date-invalid")]
    [InlineData("1999-12-31", "document-date-invalid")]
    [InlineData(null, "document-date-invalid")]
    public void A_document_date_is_a_day_not_in_the_future(string? date, string? code) =>
        Assert.Equal(code, PortalDocument.Check("IJM", "PaymentLetter", "Titre", date, Now).Error?.Code);

    [Theory]
    [InlineData("decompte.pdf", "Titre", "decompte.pdf")]
    [InlineData("C:\\scans\\lettre.PDF", "Titre", "lettre.PDF")]
    [InlineData("../../etc/passwd", "Titre", "passwd.pdf")]
    [InlineData(null, "Décompte T1", "Décompte T1.pdf")]
    [InlineData("\"<>|.pdf", "", "document.pdf")]
    public void A_downloaded_name_has_no_path_and_ends_in_pdf(string? fileName, string title, string expected) =>
        Assert.Equal(expected, PdfFileName.Of(fileName, title));

    [Fact]
    public void The_types_each_line_carries_are_the_same_for_callers_as_for_the_rules()
    {
        foreach (var line in Enum.GetValues<Line>())
        {
            var twin = Enum.Parse<InsuranceLine>(line.ToString());
            Assert.Equal(DocumentKinds.Of(line).Select(k => k.ToString()), PortalDocumentTypes.ByLine[twin].Select(t => t.ToString()));
        }

        Assert.Equal(Enum.GetValues<InsuranceLine>().Length, PortalDocumentTypes.ByLine.Count);
    }
}
