using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.SharedKernel.Results;

namespace Modular.UnitTests.ClientPortal;

/// <summary>A document published to a company: what it keeps, the text read for search, the title and date it needs, and what stays of it once purged.</summary>
public sealed class PortalDocumentTests
{
    private static readonly DateTimeOffset Now = ClientCompanyTests.Now;

    internal static Result<PortalDocument> Publish(
        ClientCompany company, string? title = "Décompte novembre", string? date = "2026-11-20", string? text = "Indemnités journalières", DateTimeOffset? at = null, int retentionDays = 365, string sha256 = "") =>
        PortalDocument.Publish(company, "IJM", "BenefitStatement", title, date, "decompte.pdf", 2048, sha256, text!, null, "sinistres-api", at ?? Now, retentionDays);

    [Fact]
    public void A_published_document_keeps_its_fields_and_leaves_the_portal_after_the_retention()
    {
        var company = ClientCompanyTests.Company();
        var agent = Guid.NewGuid();

        var document = PortalDocument.Publish(
            company, " laa ", "coverage-letter", "  Lettre de prise en charge  ", " 2026-11-20 ", "lettre.pdf", 4096, "ab12", "Le sinistre est pris en charge.", agent, null, Now, 30).Value;

        Assert.Equal((company.Id, company.InsurerId, Line.Laa, DocumentKind.CoverageLetter), (document.CompanyId, document.InsurerId, document.Line, document.Kind));
        Assert.Equal(("Lettre de prise en charge", new DateOnly(2026, 11, 20), "lettre.pdf", 4096L, "ab12"), (document.Title, document.DocumentDate, document.FileName, document.Size, document.Sha256));
        Assert.Equal(("Le sinistre est pris en charge.", TextStatus.Extracted), (document.Text, document.TextStatus));
        Assert.Equal((agent, Now, Now.AddDays(30)), (document.PublishedBy!.Value, document.PublishedAt, document.ExpiresAt));
        Assert.Null(document.PublishedByClient);
        Assert.Null(document.LastReminderDays);
    }

    [Fact]
    public void A_document_the_insurers_system_published_names_its_API_client()
    {
        var document = Publish(ClientCompanyTests.Company()).Value;

        Assert.Equal("sinistres-api", document.PublishedByClient);
        Assert.Null(document.PublishedBy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void A_PDF_without_text_is_marked_so(string? text)
    {
        var document = Publish(ClientCompanyTests.Company(), text: text).Value;

        Assert.Equal(TextStatus.NoText, document.TextStatus);
        Assert.Equal(text ?? "", document.Text);
    }

    [Fact]
    public void The_text_kept_is_cut_at_its_maximum()
    {
        var longest = new string('a', PortalDocument.TextMaxLength);

        Assert.Equal(longest, Publish(ClientCompanyTests.Company(), text: longest + "b").Value.Text);
        Assert.Equal(longest, Publish(ClientCompanyTests.Company(), text: longest).Value.Text);
    }

    [Theory]
    [InlineData(null, "document-title-invalid")]
    [InlineData("   ", "document-title-invalid")]
    [InlineData(200, null)]
    [InlineData(201, "document-title-invalid")]
    public void A_title_is_needed_of_200_characters_at_most(object? title, string? code)
    {
        var text = title is int length ? new string('t', length) : (string?)title;

        Assert.Equal(code, Publish(ClientCompanyTests.Company(), title: text).Error?.Code);
        Assert.Equal(code, PortalDocument.Check("IJM", "PaymentLetter", text, "2026-11-20", Now).Error?.Code);
    }

    [Theory]
    [InlineData("2000-01-01", null)]
    [InlineData("1999-12-31", "document-date-invalid")]
    public void A_document_date_is_from_the_year_2000(string date, string? code) =>
        Assert.Equal(code, Publish(ClientCompanyTests.Company(), date: date).Error?.Code);

    [Fact]
    public void A_publication_with_a_wrong_field_is_refused_with_the_fields_error() =>
        Assert.Equal("document-date-invalid", Publish(ClientCompanyTests.Company(), date: "demain").Error?.Code);

    [Fact]
    public void A_publication_without_a_company_is_a_programming_error() =>
        Assert.Equal("company", Assert.Throws<ArgumentNullException>(() => Publish(null!)).ParamName);

    [Fact]
    public void The_search_index_holds_the_title_the_type_in_both_languages_the_line_and_the_text_folded()
    {
        var document = Publish(ClientCompanyTests.Company(), title: "Décompte Novembre", text: "Frais de PHYSIOTHÉRAPIE").Value;

        Assert.Equal("decompte novembre\ndecompte de prestations benefit statement\nijm\nfrais de physiotherapie", document.SearchDocument());
    }

    [Fact]
    public void A_purged_document_keeps_its_metadata_and_when_it_was_purged()
    {
        var document = Publish(ClientCompanyTests.Company(), sha256: "cafe").Value;

        var purged = PurgedDocument.Of(document, Now.AddDays(366));

        Assert.Equal((document.Id, document.CompanyId, document.InsurerId, document.Line, document.Kind), (purged.Id, purged.CompanyId, purged.InsurerId, purged.Line, purged.Kind));
        Assert.Equal((document.Title, document.DocumentDate, "cafe"), (purged.Title, purged.DocumentDate, purged.Sha256));
        Assert.Equal((Now, Now.AddDays(365), Now.AddDays(366)), (purged.PublishedAt, purged.ExpiresAt, purged.PurgedAt));
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => PurgedDocument.Of(null!, Now)).ParamName);
    }

    [Theory]
    [InlineData("PaymentLetter", "Lettre de paiement", "Payment letter")]
    [InlineData("BenefitStatement", "Décompte de prestations", "Benefit statement")]
    [InlineData("CoverageLetter", "Lettre de prise en charge", "Coverage letter")]
    [InlineData("PleaseWaitLetter", "Lettre demandant de patienter", "Letter asking you to wait")]
    [InlineData("CostReimbursement", "Remboursement des frais pris en charge", "Reimbursement of covered costs")]
    public void Each_type_has_a_name_in_French_and_in_English(string code, string french, string english)
    {
        var kind = Enum.Parse<DocumentKind>(code);

        Assert.Equal(french, kind.Name(english: false));
        Assert.Equal(english, kind.Name(english: true));
        Assert.Equal($"{french} {english}", kind.SearchNames());
    }

    [Theory]
    [InlineData("PaymentLetter", "PaymentLetter")]
    [InlineData("payment_letter", "PaymentLetter")]
    [InlineData(" please-wait-letter ", "PleaseWaitLetter")]
    [InlineData("lettre", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("1", null)]
    [InlineData("+1", null)]
    [InlineData("PaymentLetter,1", null)]
    [InlineData("PaymentLetter, BenefitStatement", null)]
    public void A_type_is_named_by_its_code_never_by_a_number_or_a_list(string? text, string? kind) =>
        Assert.Equal(kind, DocumentKinds.Parse(text)?.ToString());
}
