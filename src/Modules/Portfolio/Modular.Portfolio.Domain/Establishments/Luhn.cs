namespace Modular.Portfolio.Domain.Establishments;

/// <summary>The Luhn key (modulo 10) of the SIREN and SIRET: from the right, every second digit doubled (its digits summed), the total a multiple of 10.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
