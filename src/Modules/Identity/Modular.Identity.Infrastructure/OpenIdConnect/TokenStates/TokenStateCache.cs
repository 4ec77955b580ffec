using System.Collections.Concurrent;

namespace Modular.Identity.Infrastructure.OpenIdConnect.TokenStates;

/// <summary>
/// What the API's token validation read of a token's entry (and its authorization's) in the store,
/// kept for a few seconds so that a client calling the API in a loop does not read its token row on
/// every call (docs/adr/0045). Any change to a token or an authorization made through this Host
/// empties it at once (<see cref="TokenStateInvalidation"/>); a change made through another Host
/// sharing the database is seen within <see cref="Lifetime"/>. A lifetime of zero turns it off.
/// </summary>
internal sealed class TokenStateCache(TimeSpan lifetime, TimeProvider time)
{
    /// <summary>More tokens than this in use at once: the cache starts again rather than grow.</summary>
    public const int MaxEntries = 50_000;

    public const string LifetimeSetting = "Modular:Identity:TokenStateCacheSeconds";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (TokenState State, long Generation, DateTimeOffset Until)> _states = new(StringComparer.Ordinal);
    private long _generation;

    public TimeSpan Lifetime { get; } = lifetime;

    /// <summary>The state read less than <see cref="Lifetime"/> ago, with no change to any token or authorization since.</summary>
    public TokenState? Find(string tokenId)
    {
        if (Lifetime <= TimeSpan.Zero || !_states.TryGetValue(tokenId, out var kept))
        {
            return null;
        }

        if (kept.Generation == Interlocked.Read(ref _generation) && time.GetUtcNow() < kept.Until)
        {
            return kept.State;
        }

        _states.TryRemove(new KeyValuePair<string, (TokenState, long, DateTimeOffset)>(tokenId, kept));
        return null;
    }

    /// <summary>
    /// Keeps a state read from the store. <paramref name="generation"/> is <see cref="Generation"/> as
    /// it was before the read: a change made during the read makes the state stale at once.
    /// </summary>
    public void Keep(string tokenId, TokenState state, long generation)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (_states.Count >= MaxEntries)
        {
            _states.Clear();
        }

        var until = time.GetUtcNow() + Lifetime;
        if (state.ExpiresAt is { } expires && expires < until)
        {
            until = expires;
        }

        _states[tokenId] = (state, generation, until);
    }

    /// <summary>Which changes the cache has seen: read it before reading a state from the store.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A token or an authorization changed (revoked, redeemed, removed): every kept state is stale.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _states.Clear();
    }
}

/// <summary>
/// A token's entry as validation reads it: the properties the principal takes from the entry, and
/// why it may no longer be used (unknown, revoked, its authorization revoked), if it may not.
/// </summary>
internal sealed record TokenState(
    DateTimeOffset? CreatedAt, DateTimeOffset? ExpiresAt, string? AuthorizationId, string? TokenId, string? TokenType, string? Refusal)
{
    public bool Usable => Refusal is null;
}
