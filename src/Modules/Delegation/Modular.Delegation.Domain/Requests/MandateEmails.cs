using System.Net.Mail;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain.Requests;

/// <summary>
/// The two addresses a mandate request gives, one per party, to which the new user's credentials
/// are split: each must be the party's own (not a role or shared address: its local part is not one
/// of the configured shared names), and the two must differ once written the same way (no case, no
/// spaces, no <c>+tag</c>), so that no one reads both halves.
/// </summary>
internal static class MandateEmails
{
    /// <summary>The address as compared: spaces dropped, lower case, the <c>+tag</c> of its local part taken off.</summary>
    public static string Normalise(string? email)
    {
        var compact = new string([.. (email ?? "").Where(c => !char.IsWhiteSpace(c))]).ToLowerInvariant();
        var at = compact.LastIndexOf('@');
        if (at <= 0)
        {
            return compact;
        }

        var local = compact[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return (plus > 0 ? local[..plus] : local) + compact[at..];
    }

    /// <summary>One party's address: valid (a domain with a dot inside it), and not a role or shared one (<paramref name="sharedNames"/>: local parts such as <c>info</c>, <c>accueil</c>).</summary>
    public static Result<string> Check(string? email, string field, IReadOnlyCollection<string> sharedNames)
    {
        ArgumentNullException.ThrowIfNull(sharedNames);
        var normalised = Normalise(email);
        var at = normalised.LastIndexOf('@');
        var domain = at > 0 ? normalised[(at + 1)..] : "";
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.')
            || !MailAddress.TryCreate(normalised, out var parsed) || parsed.Address != normalised)
        {
            return DelegationErrors.EmailInvalid(field);
        }

        var local = normalised[..at];
        return sharedNames.Any(n => string.Equals(Normalise(n), local, StringComparison.Ordinal)) ? DelegationErrors.EmailShared(field) : normalised;
    }

    /// <summary>The mandatary's address against the mandator's: refused when the two are one once normalised.</summary>
    public static Result Differ(string? mandatorEmail, string? mandataryEmail, string field) =>
        Normalise(mandatorEmail) == Normalise(mandataryEmail) ? DelegationErrors.EmailsIdentical(field) : Result.Success();
}
