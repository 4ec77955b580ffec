using Modular.Identity.Application.Ports;
using Modular.Identity.Domain.Accounts;

namespace Modular.Identity.Application;

/// <summary>Gives a new account a personal identification code no other account holds.</summary>
internal sealed class PersonalCodeGenerator(IAccountStore accounts)
{
    /// <summary>Codes are random; a collision is unlikely but checked, and the unique index has the last word.</summary>
    public async Task<string> NewCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var code = PersonalIdentificationCode.Generate().Value;
            if (!await accounts.PersonalCodeExistsAsync(code, cancellationToken))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Could not find a free personal identification code in 20 attempts.");
    }
}
