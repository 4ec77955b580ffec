using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Ports;

/// <summary>Keyed hashes of codes: a stolen database does not give the 6-digit codes away.</summary>
internal interface ICodeHasher
{
    /// <summary>HMAC-SHA256 of the code, bound to what it protects (so equal codes of two links differ).</summary>
    byte[] Hash(Guid subjectId, SixDigitCode code);
}
