using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Ports;

/// <summary>How much an upload may weigh, how many files a collecting link takes, and when orphan blobs go: <c>Modular:Vault</c>.</summary>
internal interface IVaultSettings
{
    long MaxFileBytes { get; }

    CollectionFileLimits CollectedFiles { get; }

    /// <summary>How old a blob nothing holds must be before the sweep removes it.</summary>
    TimeSpan OrphanBlobGracePeriod { get; }
}
