namespace Modular.SharedKernel.Domain;

/// <summary>
/// A mobile number in E.164 form (+ and 8 to 15 digits). Typed numbers may carry spaces, dots,
/// dashes or brackets; a French national number (10 digits from 0) is read as +33.
/// </summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    /// <summary>"+33612345678".</summary>
    public string Value { get; }

    public static PhoneNumber? TryParse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // "+41 (0)79 …" writes the national trunk 0 that an international number drops.
        var trimmed = input.Trim().Replace("(0)", "", StringComparison.Ordinal);
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '(' or ')' or '+')) || trimmed.LastIndexOf('+') > 0)
        {
            return null;
        }

        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.StartsWith('+'))
        {
            return digits.Length is >= 8 and <= 15 && digits[0] != '0' ? new PhoneNumber("+" + digits) : null;
        }

        if (digits.StartsWith("00", StringComparison.Ordinal) && digits.Length is >= 10 and <= 17)
        {
            return TryParse("+" + digits[2..]);
        }

        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? new PhoneNumber("+33" + digits[1..]) : null;
    }

    /// <summary>
    /// A stored number as people read it: a French one in its national form by pairs
    /// (« 06 12 34 56 78 »), any other as stored (« +41791234567 »).
    /// </summary>
    public static string Grouped(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith("+33", StringComparison.Ordinal) && value.Length == 12 && value[3..].All(char.IsAsciiDigit))
        {
            var national = "0" + value[3..];
            return string.Join(' ', Enumerable.Range(0, 5).Select(i => national.Substring(i * 2, 2)));
        }

        return value;
    }

    public override string ToString() => Value;
}
