using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.People;

/// <summary>
/// A mobile number as SMS gateways want it, E.164 (« +33612345678 »). A French number typed the
/// national way (« 06 12 34 56 78 ») or with 0033 is read as +33; spaces, dots, dashes and
/// parentheses are ignored; anything else is refused with the reason.
/// </summary>
internal static class MobileNumber
{
    public static Result<string> Parse(string typed)
    {
        var raw = typed.Trim();
        var digits = new string([.. raw.Where(c => c is not (' ' or '.' or '-' or '(' or ')' or '\u00A0'))]);
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }
        else if (digits.Length == 10 && digits[0] == '0')
        {
            digits = "+33" + digits[1..];
        }

        if (digits.Length < 2 || digits[0] != '+' || !digits[1..].All(char.IsAsciiDigit))
        {
            return Invalid(raw);
        }

        var number = digits[1..];
        if (number[0] == '0' || number.Length is < 8 or > 15)
        {
            return Invalid(raw);
        }

        // France: nine digits after +33, and a mobile starts with 6 or 7.
        if (number.StartsWith("33", StringComparison.Ordinal) && (number.Length != 11 || number[2] is not ('6' or '7')))
        {
            return Error.Invalid("mobile-invalid", $"« {raw} » n'est pas un numéro de mobile français : il commence par 06 ou 07 et compte 10 chiffres.");
        }

        return digits;
    }

    private static Error Invalid(string raw) =>
        Error.Invalid("mobile-invalid", $"« {raw} » n'est pas un numéro de mobile valide : saisissez-le au format international, par exemple +33612345678.");
}
