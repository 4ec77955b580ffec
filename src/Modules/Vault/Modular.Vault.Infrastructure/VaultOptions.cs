using Modular.Vault.Application.Ports;

namespace Modular.Vault.Infrastructure;

/// <summary>Settings of the vault: <c>Modular:Vault</c>.</summary>
internal sealed class VaultOptions : IVaultSettings
{
    public const string SectionName = "Modular:Vault";

    /// <summary>The largest file accepted, in bytes (50 MB by default).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
