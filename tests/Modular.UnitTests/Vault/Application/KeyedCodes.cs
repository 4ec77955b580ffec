using System.Security.Cryptography;
using System.Text;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>A keyed hash stand-in: the code bound to its link, as the real one binds it.</summary>
internal sealed class KeyedCodes : ICodeHasher
{
    public byte[] Hash(Guid subjectId, SixDigitCode code) => SHA256.HashData(Encoding.UTF8.GetBytes($"{subjectId}:{code.Value}"));
}
