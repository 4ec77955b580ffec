using Modular.ClientPortal.Domain.Companies;

namespace Modular.UnitTests.ClientPortal;

public sealed class SwissFrancsTests
{
    [Theory]
    [InlineData("250000", 25_000_000)]
    [InlineData("250'000", 25_000_000)]
    [InlineData("250’000", 25_000_000)]
    [InlineData("250 000", 25_000_000)]
    [InlineData("250\u202F000,50", 25_000_050)]
    [InlineData("120000.5", 12_000_050)]
    [InlineData("CHF 1'000", 100_000)]
    [InlineData("1000 CHF", 100_000)]
    [InlineData("0.01", 1)]
    public void Amounts_as_people_type_them_are_read_in_centimes(string typed, long centimes) =>
        Assert.Equal(centimes, SwissFrancs.ParseCentimes(typed));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("250.000")]
    [InlineData("1.234")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1e5")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("99999999999999999")]
    public void What_is_not_a_positive_amount_is_refused(string? typed) =>
        Assert.Null(SwissFrancs.ParseCentimes(typed));

    [Theory]
    [InlineData("100000000000", SwissFrancs.MaxCentimes)]
    [InlineData("100000000000.01", null)]
    [InlineData("0000000000000001", 100L)]
    [InlineData("00000000000000001", null)]
    public void An_amount_is_at_most_a_hundred_billion_francs_typed_in_16_characters(string typed, long? centimes) =>
        Assert.Equal(centimes, SwissFrancs.ParseCentimes(typed));

    [Theory]
    [InlineData(12_345, 123.45)]
    [InlineData(1, 0.01)]
    [InlineData(25_000_000, 250_000)]
    public void Centimes_are_shown_in_francs(long centimes, double francs) =>
        Assert.Equal((decimal)francs, SwissFrancs.ToFrancs(centimes));

    [Fact]
    public void A_contract_with_a_premium_that_is_not_a_number_names_the_contract_and_the_text()
    {
        var contracts = ClientCompany.ReadContracts([(Line.Ijm, "IJM-1", "120000"), (Line.Laa, "LAA-1", "cent mille")]);

        Assert.Equal("premium-invalid", contracts.Error!.Code);
        Assert.Equal("Contracts[1].AnnualPremium", Assert.Single(contracts.Error.FieldErrors).Key);
        Assert.Equal(["cent mille"], contracts.Error.Arguments);
    }

    [Fact]
    public void A_contract_number_is_needed_once_per_company()
    {
        Assert.Equal("contract-invalid", ClientCompany.ReadContracts([(Line.Ijm, " ", "1")]).Error!.Code);
        Assert.Equal("Contracts[1]", Assert.Single(ClientCompany.ReadContracts([(Line.Ijm, "C-1", "1"), (Line.Laa, "c-1", "2")]).Error!.FieldErrors).Key);
    }
}
