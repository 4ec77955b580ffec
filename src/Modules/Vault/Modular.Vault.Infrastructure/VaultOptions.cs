using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Infrastructure;

/// <summary>Settings of the vault: <c>Modular:Vault</c>.</summary>
internal sealed class VaultOptions : IVaultSettings
{
    public const string SectionName = "Modular:Vault";

    /// <summary>The largest file accepted, in bytes (50 MB by default).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Files a collecting link takes for one expected item (5 by default).</summary>
    public int MaxCollectedFilesPerItem { get; set; } = CollectionFileLimits.Default.PerItem;

    /// <summary>Files a collecting link takes in all (30 by default), a place being kept for each item still missing.</summary>
    public int MaxCollectedFilesPerRequest { get; set; } = CollectionFileLimits.Default.PerRequest;

    /// <summary>How old a blob no document or link holds must be before it is removed (1 hour by default).</summary>
    public TimeSpan OrphanBlobGracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the blob store is swept for orphans (every hour by default, and once at start).</summary>
    public TimeSpan OrphanSweepInterval { get; set; } = TimeSpan.FromHours(1);

    CollectionFileLimits IVaultSettings.CollectedFiles => new(MaxCollectedFilesPerItem, MaxCollectedFilesPerRequest);
}
