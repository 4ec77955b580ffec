using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

public sealed class PhoneNumberDisplayTests
{
    [Theory]
    [InlineData("+33612345678", "06 12 34 56 78")]
    [InlineData("+33712345678", "07 12 34 56 78")]
    [InlineData("+41791234567", "+41791234567")]
    [InlineData("+3361234567", "+3361234567")]
    public void A_french_number_reads_in_pairs_and_any_other_as_stored(string stored, string shown) =>
        Assert.Equal(shown, PhoneNumber.Grouped(stored));

    [Fact]
    public void A_typed_number_is_stored_in_international_form_and_shown_in_pairs() =>
        Assert.Equal("06 12 34 56 78", PhoneNumber.Grouped(PhoneNumber.TryParse("06.12.34.56.78")!.Value.Value));
}
