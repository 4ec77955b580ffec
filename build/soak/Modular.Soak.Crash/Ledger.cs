using System.Collections.Concurrent;
using System.Globalization;

namespace Modular.Soak;

/// <summary>
/// What the clients asked for and what the Host acknowledged (a 2xx answer read to the end). A
/// request without an answer may or may not have happened: only acknowledged writes are owed, but
/// what might have happened is kept too (a key, a link's recipient), so that it is never counted twice.
/// </summary>
internal sealed class Ledger
{
    public ConcurrentQueue<UploadRecord> Uploads { get; } = new();

    public ConcurrentQueue<KeyRecord> Keys { get; } = new();

    public ConcurrentQueue<LinkRecord> Links { get; } = new();

    /// <summary>Requests per kind: sent, acknowledged, unanswered, and the other answers by status.</summary>
    public ConcurrentDictionary<string, Tally> Tallies { get; } = new(StringComparer.Ordinal);

    public Tally Of(string kind) => Tallies.GetOrAdd(kind, _ => new Tally());
}

/// <summary>An acknowledged upload: its document and the SHA-256 of the bytes sent.</summary>
internal sealed record UploadRecord(Guid DocumentId, string Sha256, long Size, int Cycle);

/// <summary>An acknowledged share key and every import of it that was acknowledged.</summary>
internal sealed class KeyRecord(Guid id, string key, int cycle)
{
    private int _imports;

    public Guid Id { get; } = id;

    public string Key { get; } = key;

    public int Cycle { get; } = cycle;

    /// <summary>Imports answered 201, over the whole run (a single-use key: at most one).</summary>
    public int Imports => Volatile.Read(ref _imports);

    public void Imported() => Interlocked.Increment(ref _imports);
}

/// <summary>A link asked for (its recipient is unique to it), acknowledged or not, and its acknowledged redemptions.</summary>
internal sealed class LinkRecord(string recipient, int cycle)
{
    private int _redemptions;

    public string Recipient { get; } = recipient;

    public int Cycle { get; } = cycle;

    /// <summary>Set when the creation was acknowledged (201).</summary>
    public Guid? Id { get; set; }

    public string? Token { get; set; }

    public string? Code { get; set; }

    /// <summary>Redemptions answered 200, over the whole run (a one-time link: at most one).</summary>
    public int Redemptions => Volatile.Read(ref _redemptions);

    public void Redeemed() => Interlocked.Increment(ref _redemptions);
}

/// <summary>One kind of request: how many were sent, acknowledged, refused as expected, unanswered, and any other answer.</summary>
internal sealed class Tally
{
    private long _sent;
    private long _acknowledged;
    private long _refused;
    private long _unanswered;

    public long Sent => Interlocked.Read(ref _sent);

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>Answers that are the expected refusal (a used key or link: 410).</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>No answer: the Host was killed before it answered, or the request reached no Host.</summary>
    public long Unanswered => Interlocked.Read(ref _unanswered);

    /// <summary>Answers that are neither the success nor the expected refusal, by status code.</summary>
    public ConcurrentDictionary<int, long> Unexpected { get; } = new();

    public void Send() => Interlocked.Increment(ref _sent);

    public void Acknowledge() => Interlocked.Increment(ref _acknowledged);

    public void Refuse() => Interlocked.Increment(ref _refused);

    public void NoAnswer() => Interlocked.Increment(ref _unanswered);

    public void Other(int status) => Unexpected.AddOrUpdate(status, 1, (_, n) => n + 1);

    public string UnexpectedText => Unexpected.IsEmpty
        ? "-"
        : string.Join(", ", Unexpected.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}×{p.Value}")));
}
