using Microsoft.AspNetCore.DataProtection;
using Modular.SharedKernel.Infrastructure.Security;
using Modular.Vault.Application.Ports;

namespace Modular.Vault.Infrastructure.Links;

/// <summary>Invitation codes to be given by phone, encrypted with the Host's data protection keys under a purpose of their own.</summary>
internal sealed class DataProtectionCodeProtector(IDataProtectionProvider provider) : ICodeProtector
{
    private readonly DataProtectionSecretProtector _secrets = DataProtectionSecretProtector.For(provider, "Modular.Vault.InvitationCodes");

    public string Protect(string code) => _secrets.Protect(code);

    public string? Unprotect(string protectedCode) => _secrets.Unprotect(protectedCode);
}
