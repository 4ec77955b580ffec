using System.Net.Mail;

namespace Modular.SharedKernel.Domain;

/// <summary>An email address as we store it: trimmed, one @, a dotted domain, lower-cased.</summary>
public readonly record struct EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static EmailAddress? TryParse(string? input)
    {
        var trimmed = input?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            return null;
        }

        var at = trimmed.LastIndexOf('@');
        var domain = trimmed[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            ? new EmailAddress(trimmed.ToLowerInvariant())
            : null;
    }

    public override string ToString() => Value;
}
