using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Ports;

/// <summary>How much an upload may weigh, and how many files a collecting link takes: <c>Modular:Vault</c>.</summary>
internal interface IVaultSettings
{
    long MaxFileBytes { get; }

    CollectionFileLimits CollectedFiles { get; }
}
