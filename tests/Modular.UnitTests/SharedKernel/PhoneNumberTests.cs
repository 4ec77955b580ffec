using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

/// <summary>Typed mobile numbers read into E.164: + and 8 to 15 digits, a French national number as +33.</summary>
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+12345678", "+12345678")]
    [InlineData("+123456789012345", "+123456789012345")]
    [InlineData("00 12 34 56 78", "+12345678")]
    [InlineData("00 123 456 789 012 345", "+123456789012345")]
    [InlineData("(06) 12-34-56-78", "+33612345678")]
    public void Numbers_of_8_to_15_digits_are_read(string typed, string expected) =>
        Assert.Equal(expected, PhoneNumber.TryParse(typed)?.Value);

    [Theory]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("00 12 34 56 7")]
    [InlineData("00 123 456 789 012 345 6")]
    [InlineData("+0612345678")]
    [InlineData("6123456789")]
    [InlineData("0612345")]
    [InlineData("06+12345678")]
    [InlineData(null)]
    [InlineData("   ")]
    public void Other_numbers_are_not_read(string? typed) => Assert.Null(PhoneNumber.TryParse(typed));

    [Fact]
    public void A_number_shows_as_its_value() => Assert.Equal("+33612345678", PhoneNumber.TryParse("06 12 34 56 78")!.Value.ToString());

    [Fact]
    public void A_stored_value_that_is_not_all_digits_is_shown_as_stored() =>
        Assert.Equal("+33612345x78", PhoneNumber.Grouped("+33612345x78"));

    [Fact]
    public void Grouping_needs_a_value() => Assert.Throws<ArgumentNullException>(() => PhoneNumber.Grouped(null!));
}
