using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>
/// A Swiss enterprise identification number (IDE / UID), <c>CHE-123.456.789</c>: nine digits, the
/// last a check digit over the first eight (weights 5 4 3 2 7 6 5 4, modulo 11; a remainder
/// that would need the check digit 10 is never issued). Accepted with or without the dots and dash,
/// in any case, with spaces; kept in the official form.
/// </summary>
internal sealed record SwissUid
{
    private static readonly int[] Weights = [5, 4, 3, 2, 7, 6, 5, 4];

    private SwissUid(string digits) => Value = $"CHE-{digits[..3]}.{digits[3..6]}.{digits[6..]}";

    public string Value { get; }

    public static Result<SwissUid> Parse(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray()).ToUpperInvariant();
        if (compact.Length == 0)
        {
            return PortalErrors.UidMissing;
        }

        if (!compact.StartsWith("CHE", StringComparison.Ordinal))
        {
            return PortalErrors.UidPrefix;
        }

        var digits = compact[3..];
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            return PortalErrors.UidFormat;
        }

        return CheckDigit(digits) is { } check && check == digits[8] - '0'
            ? new SwissUid(digits)
            : PortalErrors.UidCheckDigit;
    }

    /// <summary>The check digit of the first eight digits, or null when the number cannot exist.</summary>
    public static int? CheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    public override string ToString() => Value;
}
