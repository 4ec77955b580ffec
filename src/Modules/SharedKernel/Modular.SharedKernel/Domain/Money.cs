using System.Globalization;

namespace Modular.SharedKernel.Domain;

/// <summary>An amount in minor units (cents) of one currency; never a floating-point number.</summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    public static Money Euros(decimal amount) => new((long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero), "EUR");

    public decimal Amount => MinorUnits / 100m;

    public static Money operator +(Money left, Money right) =>
        left.Currency == right.Currency ? new Money(left.MinorUnits + right.MinorUnits, left.Currency) : throw new InvalidOperationException("Currencies differ.");

    public string Format(CultureInfo culture) => string.Create(culture, $"{Amount:N2} {Currency}");

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
