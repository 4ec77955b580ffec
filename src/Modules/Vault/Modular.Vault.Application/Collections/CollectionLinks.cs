using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Collections;

/// <summary>Finds a request by its link's token; unknown tokens count against the address (<see cref="AddressFailures"/>).</summary>
internal static class CollectionLinks
{
    public static async Task<Result<CollectionRequest>> FindAsync(IVaultRepository repository, string? token, string? remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = AddressFailures.Normalise(remoteAddress);
        if (await AddressFailures.RefusalAsync(repository, address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(token) is not { } hash || await repository.FindAsync(new CollectionRequestByTokenHashSpec(hash), cancellationToken) is not { } collection)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CollectionUnknown, cancellationToken);
            return VaultErrors.CollectionUnknown;
        }

        return collection;
    }
}
