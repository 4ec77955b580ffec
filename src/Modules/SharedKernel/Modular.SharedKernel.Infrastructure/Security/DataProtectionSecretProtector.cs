using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Security;

/// <summary>Secrets of outbox events, encrypted with the Host's data protection keys.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Modular.Outbox.Secrets");

    public string Protect(string secret) => _protector.Protect(secret);

    public string? Unprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
