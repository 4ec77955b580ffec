using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Modular.Vault.Application.Ports;

namespace Modular.Vault.Infrastructure.Links;

/// <summary>Invitation codes to be given by phone, encrypted with the Host's data protection keys.</summary>
internal sealed class DataProtectionCodeProtector(IDataProtectionProvider provider) : ICodeProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Modular.Vault.InvitationCodes");

    public string Protect(string code) => _protector.Protect(code);

    public string? Unprotect(string protectedCode)
    {
        try
        {
            return _protector.Unprotect(protectedCode);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
