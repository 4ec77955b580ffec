using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Security;

/// <summary>
/// Secrets encrypted with the Host's data protection keys, one purpose each (what one purpose
/// protected, another cannot read): the outbox's secrets, a module's codes.
/// </summary>
public sealed class DataProtectionSecretProtector : ISecretProtector
{
    /// <summary>The purpose of secrets carried by integration events.</summary>
    public const string OutboxPurpose = "Modular.Outbox.Secrets";

    private readonly IDataProtector _protector;

    private DataProtectionSecretProtector(IDataProtector protector) => _protector = protector;

    public static DataProtectionSecretProtector For(IDataProtectionProvider provider, string purpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new DataProtectionSecretProtector(provider.CreateProtector(purpose));
    }

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
