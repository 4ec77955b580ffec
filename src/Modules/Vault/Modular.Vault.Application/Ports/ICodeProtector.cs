
namespace Modular.Vault.Application.Ports;

/// <summary>
/// Keeps the one code the agent must read out by phone (an invitation without a mobile number),
/// encrypted with the Host's data protection keys: unreadable from a copy of the database alone.
/// </summary>
internal interface ICodeProtector
{
    string Protect(string code);

    /// <summary>The code, or null when it cannot be read any more (keys rotated away).</summary>
    string? Unprotect(string protectedCode);
}
