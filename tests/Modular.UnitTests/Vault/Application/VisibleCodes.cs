using Modular.Vault.Application.Ports;

namespace Modular.UnitTests.Vault.Application;

/// <summary>A code protector whose output shows the code it protected, so a test can read what was sent.</summary>
internal sealed class VisibleCodes : ICodeProtector
{
    public string Protect(string code) => "code:" + code;

    public string? Unprotect(string protectedCode) => protectedCode.StartsWith("code:", StringComparison.Ordinal) ? protectedCode[5..] : null;
}
