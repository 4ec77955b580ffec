using Modular.ClientPortal.Application.Documents.PublishPortalDocument;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.UnitTests.ClientPortal;

/// <summary>How a company gets its documents besides the portal: paper or not, and a third party copied by email or by post.</summary>
public sealed class DeliveryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(" Fiduciaire Rochat SA ", "Avenue de la Gare 10", "1003", "Lausanne", null, null)]
    [InlineData("Fiduciaire Rochat SA", "Avenue de la Gare 10", "1003", "Lausanne", "Suisse", null)]
    [InlineData("Fiduciaire Rochat SA", "Avenue de la Gare 10", "1003", "Lausanne", " switzerland ", null)]
    [InlineData("Cabinet Martin", "5 place du Marché", "69002", "Lyon", "France", "France")]
    [InlineData("Cabinet Martin", "5 place du Marché", "F-74100", "Annemasse", " France ", "France")]
    public void A_copy_address_is_read_with_its_country_only_when_it_is_not_Switzerland(string name, string street, string postalCode, string city, string? country, string? kept)
    {
        var address = CopyPostalAddress.Read(name, street, postalCode, city, country);

        Assert.True(address.IsSuccess);
        Assert.Equal(name.Trim(), address.Value.Name);
        Assert.Equal(kept, address.Value.Country);
    }

    [Theory]
    [InlineData("", "Avenue de la Gare 10", "1003", "Lausanne", null)]
    [InlineData("Fiduciaire", " ", "1003", "Lausanne", null)]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", "100", "Lausanne", null)]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", "10035", "Lausanne", "Suisse")]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", "1003", "", null)]
    [InlineData("Cabinet", "5 place du Marché", "6900#", "Lyon", "France")]
    [InlineData("Cabinet", "5 place du Marché", "1", "Lyon", "France")]
    public void An_incomplete_copy_address_is_refused_on_its_field(string name, string street, string postalCode, string city, string? country)
    {
        var address = CopyPostalAddress.Read(name, street, postalCode, city, country);

        Assert.Equal("copy-postal-invalid", address.Error!.Code);
        Assert.Equal("CopyAddress", Assert.Single(address.Error.FieldErrors).Key);
    }

    [Fact]
    public void A_company_copies_to_one_third_party_at_most_and_none_clears_it()
    {
        var company = Company(paperless: true);
        var post = CopyPostalAddress.Read("Fiduciaire Rochat SA", "Avenue de la Gare 10", "1003", "Lausanne", null).Value;

        Assert.Equal("copy-address-both", company.UpdateDelivery(true, "copies@fiduciaire.ch", post).Error!.Code);
        Assert.Equal("copy-address-invalid", company.UpdateDelivery(true, "pas une adresse").Error!.Code);
        Assert.True(company.UpdateDelivery(false, null, post).IsSuccess);
        Assert.Equal((false, null, post), (company.Paperless, company.CopyEmail, company.CopyAddress));
        Assert.True(company.UpdateDelivery(true, " Copies@Fiduciaire.ch ").IsSuccess);
        Assert.Equal(("copies@fiduciaire.ch", (CopyPostalAddress?)null), (company.CopyEmail?.ToLowerInvariant(), company.CopyAddress));
        Assert.True(company.UpdateDelivery(true, "").IsSuccess);
        Assert.Equal((null, (CopyPostalAddress?)null), (company.CopyEmail, company.CopyAddress));
    }

    [Fact]
    public void A_new_document_sets_off_a_letter_for_paper_a_copy_for_a_third_party_and_nothing_for_a_paperless_company_alone()
    {
        var paperless = Company(paperless: true);
        var onPaper = Company(paperless: false);
        var copied = Company(paperless: true);
        copied.UpdateDelivery(true, null, CopyPostalAddress.Read("Cabinet Martin", "5 place du Marché", "69002", "Lyon", "France").Value);

        Assert.Null(PublishedNotice.For(paperless, Document(paperless), Now));
        var letter = PublishedNotice.For(onPaper, Document(onPaper), Now)!;
        Assert.Equal((true, null, null), (letter.ByPost, letter.CopyEmail, letter.CopyAddress));
        var copy = PublishedNotice.For(copied, Document(copied), Now)!;
        Assert.False(copy.ByPost);
        Assert.Equal(("Cabinet Martin", "69002", "France"), (copy.CopyAddress!.Name, copy.CopyAddress.PostalCode, copy.CopyAddress.Country));
    }

    private static ClientCompany Company(bool paperless) => ClientCompany.Create(
        Guid.NewGuid(), "Menuiserie Favre SA", SwissUid.Parse("CHE-109.322.551").Value, "Rue du Bourg 1", "1003", "Lausanne",
        [new Contract(Line.Laa, "LAA-1", 30_000_000)], Guid.NewGuid(), paperless, null, Now).Value;

    private static PortalDocument Document(ClientCompany company) => PortalDocument.Publish(
        company, "LAA", "CoverageLetter", "Lettre", "2026-11-20", "lettre.pdf", 100, new string('a', 64), "", Guid.NewGuid(), null, Now, 365).Value;
}
