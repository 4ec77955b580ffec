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

/// <summary>How much an upload may weigh: <c>Modular:Vault:MaxFileBytes</c>.</summary>
internal interface IVaultSettings
{
    long MaxFileBytes { get; }
}
