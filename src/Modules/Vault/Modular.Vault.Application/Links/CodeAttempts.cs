using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>
/// The per-address side of every code form (download links, invitations): failed attempts are
/// counted in the store, and an address with too many is refused for a while (<see cref="CodeThrottle"/>).
/// </summary>
internal static class CodeAttempts
{
    /// <summary>The address as stored, or null when unknown (then not throttled).</summary>
    public static string? AddressOf(string? remoteAddress)
    {
        var address = string.IsNullOrWhiteSpace(remoteAddress) ? null : remoteAddress.Trim();
        return address is { Length: > CodeFailure.MaxAddressLength } ? address[..CodeFailure.MaxAddressLength] : address;
    }

    /// <summary>The refusal when the address is throttled (the refused attempt counts too: hammering pushes the wait out).</summary>
    public static async Task<Error?> ThrottledAsync(IVaultRepository repository, string? address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (address is null
            || CodeThrottle.RetryAfter(await repository.RecentCodeFailuresAsync(address, now - CodeThrottle.Window, cancellationToken), now) is not { } wait)
        {
            return null;
        }

        await CountAsync(repository, address, now, VaultErrorCodes.CodeThrottled, cancellationToken);
        return VaultErrors.CodeThrottled(wait);
    }

    public static async Task CountAsync(IVaultRepository repository, string? address, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        if (address is not null)
        {
            await repository.RecordCodeFailureAsync(new CodeFailure(address, now, reason), cancellationToken);
        }
    }
}
