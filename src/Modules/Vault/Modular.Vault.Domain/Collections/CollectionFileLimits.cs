using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Collections;

/// <summary>
/// How many files a collecting link takes: a few per expected item, and a total for the request.
/// Without them, anyone holding the link could upload (and have the agent emailed) without end.
/// </summary>
/// <param name="PerItem">Files at most for one expected item.</param>
/// <param name="PerRequest">Files at most for the whole request, one place being kept for each item still without a file.</param>
internal sealed record CollectionFileLimits(int PerItem, int PerRequest)
{
    public static readonly CollectionFileLimits Default = new(PerItem: 5, PerRequest: 30);

    /// <summary>
    /// Why one more file for <paramref name="item"/> is refused, given what was received; null when
    /// it is taken. An item's first file is always taken (a request has at most
    /// <see cref="CollectionRequest.MaxItems"/> items), so the person can always complete the request;
    /// a further file is refused past <see cref="PerItem"/>, or when it would leave the request fewer
    /// places than the items still missing.
    /// </summary>
    public Error? Refusal(IReadOnlyList<string> items, IReadOnlyList<CollectedFile> received, string item)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(received);
        var forItem = received.Count(r => r.Item == item);
        if (forItem == 0)
        {
            return null;
        }

        if (forItem >= PerItem)
        {
            return VaultErrors.CollectionItemFull(item, PerItem);
        }

        var missing = items.Count(i => received.All(r => r.Item != i));
        return received.Count + missing >= PerRequest ? VaultErrors.CollectionFull(PerRequest) : null;
    }
}
