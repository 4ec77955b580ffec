using Modular.SharedKernel.Results;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>
/// Failed guesses at secret links, counted per client address in <c>code_failures</c> for
/// <see cref="CodeThrottle"/>: an address over the limit is refused on every link for a while.
/// </summary>
internal sealed class AddressFailures(IVaultRepository repository)
{
    /// <summary>The address as stored (trimmed, cut to the column); null when unknown, then never throttled.</summary>
    public static string? Normalise(string? remoteAddress)
    {
        var address = string.IsNullOrWhiteSpace(remoteAddress) ? null : remoteAddress.Trim();
        return address is { Length: > CodeFailure.MaxAddressLength } ? address[..CodeFailure.MaxAddressLength] : address;
    }

    /// <summary>The refusal when the address made too many failures; the refused attempt counts too, so hammering pushes the wait out.</summary>
    public async Task<Error?> RefusalAsync(string? address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (address is null
            || CodeThrottle.RetryAfter(await repository.RecentCodeFailuresAsync(address, now - CodeThrottle.Window, cancellationToken), now) is not { } wait)
        {
            return null;
        }

        await CountAsync(address, now, VaultErrorCodes.CodeThrottled, cancellationToken);
        return VaultErrors.CodeThrottled(wait);
    }

    public async Task CountAsync(string? address, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        if (address is not null)
        {
            await repository.RecordCodeFailureAsync(new CodeFailure(address, now, reason), cancellationToken);
        }
    }
}
