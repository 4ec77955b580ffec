
namespace Modular.Vault.Application.Ports;

/// <summary>How much an upload may weigh: <c>Modular:Vault:MaxFileBytes</c>.</summary>
internal interface IVaultSettings
{
    long MaxFileBytes { get; }
}
