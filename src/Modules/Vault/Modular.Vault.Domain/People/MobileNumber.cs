using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.People;

/// <summary>
/// A person's mobile number, for the invitation code by SMS: any number <see cref="PhoneNumber"/>
/// reads (E.164; « 06 12 34 56 78 » read as +33), and a French one must be a mobile (06 or 07).
/// </summary>
internal static class MobileNumber
{
    public static Result<string> Parse(string typed)
    {
        var raw = typed.Trim();
        if (PhoneNumber.TryParse(raw) is not { } number)
        {
            return VaultErrors.MobileInvalid(raw);
        }

        // France: nine digits after +33, and a mobile starts with 6 or 7.
        return number.Value.StartsWith("+33", StringComparison.Ordinal) && (number.Value.Length != 12 || number.Value[3] is not ('6' or '7'))
            ? VaultErrors.MobileNotFrench(raw)
            : number.Value;
    }
}
