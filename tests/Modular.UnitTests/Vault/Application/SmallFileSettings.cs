using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Collections;

namespace Modular.UnitTests.Vault.Application;

/// <summary>The vault's settings with a 1,000-byte file limit, so a test can go over it with a small file.</summary>
internal sealed class SmallFileSettings : IVaultSettings
{
    public long MaxFileBytes => 1000;

    public CollectionFileLimits CollectedFiles => CollectionFileLimits.Default;

    public TimeSpan OrphanBlobGracePeriod => TimeSpan.FromHours(1);
}
