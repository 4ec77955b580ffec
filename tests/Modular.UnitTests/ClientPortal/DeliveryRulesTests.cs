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

    [Theory]
    [InlineData("CH")]
    [InlineData("ch")]
    [InlineData("Schweiz")]
    [InlineData("SVIZZERA")]
    [InlineData(" ")]
    public void Switzerland_in_its_languages_is_no_country(string country)
    {
        var address = CopyPostalAddress.Read("Fiduciaire Rochat SA", "Avenue de la Gare 10", "1003", "Lausanne", country);

        Assert.Null(address.Value.Country);
    }

    [Fact]
    public void A_copy_address_keeps_its_parts_trimmed()
    {
        var address = CopyPostalAddress.Read(" Fiduciaire Rochat SA ", " Avenue de la Gare 10 ", " 1003 ", " Lausanne ", null).Value;

        Assert.Equal(new CopyPostalAddress("Fiduciaire Rochat SA", "Avenue de la Gare 10", "1003", "Lausanne", null), address);
    }

    [Theory]
    [InlineData(null, "Avenue de la Gare 10", "1003", "Lausanne")]
    [InlineData("Fiduciaire", null, "1003", "Lausanne")]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", null, "Lausanne")]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", "1003", null)]
    [InlineData("Fiduciaire", "Avenue de la Gare 10", "10A3", "Lausanne")]
    public void A_copy_address_without_one_of_its_parts_or_with_letters_in_a_Swiss_postal_code_is_refused(string? name, string? street, string? postalCode, string? city) =>
        Assert.Equal("copy-postal-invalid", CopyPostalAddress.Read(name, street, postalCode, city, null).Error?.Code);

    [Theory]
    [InlineData(200, 200, 100, 60, true)]
    [InlineData(201, 200, 100, 60, false)]
    [InlineData(200, 201, 100, 60, false)]
    [InlineData(200, 200, 101, 60, false)]
    [InlineData(200, 200, 100, 61, false)]
    public void A_copy_address_has_a_name_and_street_of_200_characters_a_locality_of_100_and_a_country_of_60(int name, int street, int city, int country, bool read)
    {
        var address = CopyPostalAddress.Read(new string('n', name), new string('s', street), "75001", new string('c', city), new string('p', country));

        Assert.Equal(read, address.IsSuccess);
    }

    [Theory]
    [InlineData("AB", true)]
    [InlineData("1234 567-9", true)]
    [InlineData("A", false)]
    [InlineData("1234 567-90", false)]
    public void A_foreign_postal_code_has_2_to_10_letters_digits_spaces_or_hyphens(string postalCode, bool read) =>
        Assert.Equal(read, CopyPostalAddress.Read("Cabinet Martin", "5 place du Marché", postalCode, "Lyon", "France").IsSuccess);

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
