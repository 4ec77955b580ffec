using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Collections;

/// <summary>Finds a request by its link's token; unknown tokens count against the address (<see cref="AddressFailures"/>).</summary>
internal sealed class CollectionLinks(IVaultRepository repository, AddressFailures failures)
{
    public async Task<Result<CollectionRequest>> FindAsync(string? token, string? remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = AddressFailures.Normalise(remoteAddress);
        if (await failures.RefusalAsync(address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(token) is not { } hash || await repository.FindAsync(new CollectionRequestByTokenHashSpec(hash), cancellationToken) is not { } collection)
        {
            await failures.CountAsync(address, now, VaultErrorCodes.CollectionUnknown, cancellationToken);
            return VaultErrors.CollectionUnknown;
        }

        return collection;
    }
}
