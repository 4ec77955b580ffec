using System.Globalization;
using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1.82", 182)]
    [InlineData("0.005", 1)]
    [InlineData("0.004", 0)]
    [InlineData("-0.005", -1)]
    public void Euros_are_kept_in_cents_rounded_half_away_from_zero(string amount, long cents) =>
        Assert.Equal(new Money(cents, "EUR"), Money.Euros(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_amount_is_the_cents_over_a_hundred() => Assert.Equal(1.82m, new Money(182, "EUR").Amount);

    [Fact]
    public void Amounts_of_one_currency_add_up() =>
        Assert.Equal(new Money(307, "EUR"), new Money(182, "EUR") + new Money(125, "EUR"));

    [Fact]
    public void Amounts_of_two_currencies_do_not_add_up() =>
        Assert.Throws<InvalidOperationException>(() => new Money(182, "EUR") + new Money(125, "CHF"));

    [Fact]
    public void An_amount_is_written_with_two_decimals_and_its_currency()
    {
        Assert.Equal("1,234.50 EUR", new Money(123450, "EUR").ToString());
        Assert.Equal("1 234,50 EUR", new Money(123450, "EUR").Format(CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }
}
