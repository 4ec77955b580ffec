using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Ports;

/// <summary>Keyed hashes of codes: a stolen database does not give the 6-digit codes away.</summary>
internal interface ICodeHasher
{
    /// <summary>HMAC-SHA256 of the code, bound to what it protects (so equal codes of two links differ).</summary>
    byte[] Hash(Guid subjectId, SixDigitCode code);
}
