using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Modular.Soak;

internal enum Outcome
{
    Pass,
    Warn,
    Fail,
}

internal sealed record Check(string Name, Outcome Outcome, string Detail);

/// <summary>
/// What must hold after the kills, read through the API (as a client sees it), in the module
/// databases (what was stored, acknowledged or not), in maildev and on the disk.
/// </summary>
internal sealed class Checks(SoakOptions options, Ledger ledger, Workload workload, Databases databases, Mailbox mailbox, string dataDirectory)
{
    private readonly List<Check> _results = [];

    public IReadOnlyList<Check> Results => _results;

    /// <summary>
    /// Waits until the vault's outbox has published every event, the Notifications module has
    /// delivered every message, and maildev's count has not moved for a second; bounded. An event a
    /// killed Host had claimed waits for its claim's lease (two minutes) before it is taken again.
    /// </summary>
    public async Task<(TimeSpan Elapsed, bool Drained, string State)> DrainAsync()
    {
        var clock = Stopwatch.StartNew();
        var last = -1;
        var stableSince = TimeSpan.Zero;
        var shown = TimeSpan.Zero;
        var state = "";
        while (clock.Elapsed < options.DrainTimeout)
        {
            var outbox = await databases.CountAsync("vault", "SELECT count(*) FROM outbox_messages WHERE ProcessedAt IS NULL");
            // Claimed and never tried to the end: the claim of a killed Host, taken again when its lease ends.
            var claimed = await databases.CountAsync("vault", "SELECT count(*) FROM outbox_messages WHERE ProcessedAt IS NULL AND Attempts = 0 AND NextAttemptAt IS NOT NULL");
            var pending = await databases.CountAsync("notifications", "SELECT count(*) FROM messages WHERE Status IN ('Pending', 'Sending')");
            var received = (await mailbox.EmailsAsync()).Count;
            state = string.Create(CultureInfo.InvariantCulture, $"vault outbox {outbox} unpublished ({claimed} claimed by a killed Host), notifications {pending} undelivered, maildev {received} emails");
            if (clock.Elapsed - shown >= TimeSpan.FromSeconds(10))
            {
                shown = clock.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    draining, {clock.Elapsed.TotalSeconds:0} s: {state}"));
            }

            if (received != last)
            {
                (last, stableSince) = (received, clock.Elapsed);
            }
            else if (outbox == 0 && pending == 0 && clock.Elapsed - stableSince >= TimeSpan.FromSeconds(1))
            {
                return (clock.Elapsed, true, state);
            }

            await Task.Delay(250);
        }

        return (clock.Elapsed, false, state);
    }

    public void Add(string name, Outcome outcome, string detail) => _results.Add(new Check(name, outcome, detail));

    public async Task RunAsync()
    {
        await UploadsAsync();
        await KeysAsync();
        await LinksAsync();
        await EmailsAsync();
        await OutboxesAsync();
        await IntegrityAsync();
        await OrphansAsync();
        Unexpected();
    }

    /// <summary>Every acknowledged upload is listed in its folder with the SHA-256 sent, and its bytes hash to it.</summary>
    private async Task UploadsAsync()
    {
        var uploads = ledger.Uploads.ToList();
        using var agent1 = workload.Agent1Client();
        using var listing = JsonDocument.Parse(await agent1.GetStringAsync(new Uri($"/api/v1/vault/folders/{workload.FolderId}/documents", UriKind.Relative)));
        var listed = listing.RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("id").GetGuid(), d => d.GetProperty("sha256").GetString());
        var missing = uploads.Where(u => !listed.ContainsKey(u.DocumentId)).ToList();
        var wrongHash = uploads.Where(u => listed.TryGetValue(u.DocumentId, out var sha) && sha != u.Sha256).ToList();
        Add("acknowledged uploads listed after the restarts", missing.Count + wrongHash.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{uploads.Count} acknowledged, {listed.Count} listed, {missing.Count} missing, {wrongHash.Count} listed with another SHA-256")
            + Examples(missing.Select(u => $"{u.DocumentId} (cycle {u.Cycle})")));

        var bad = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(uploads, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (upload, ct) =>
        {
            using var response = await agent1.GetAsync(new Uri($"/api/v1/vault/documents/{upload.DocumentId}/content", UriKind.Relative), ct);
            if (!response.IsSuccessStatusCode)
            {
                bad.Enqueue($"{upload.DocumentId} (cycle {upload.Cycle}): {(int)response.StatusCode}");
                return;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (sha != upload.Sha256 || bytes.Length != upload.Size)
            {
                bad.Enqueue($"{upload.DocumentId} (cycle {upload.Cycle}): {bytes.Length} bytes, SHA-256 {sha[..12]}… instead of {upload.Size} bytes, {upload.Sha256[..12]}…");
            }
        });
        Add("acknowledged uploads downloaded whole (SHA-256)", bad.IsEmpty ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{uploads.Count} downloaded, {bad.Count} unreadable or different") + Examples(bad));
    }

    /// <summary>No key imported twice: by the answers, and by the copies stored (which also counts imports whose answer was lost).</summary>
    private async Task KeysAsync()
    {
        var keys = ledger.Keys.ToList();
        var doubles = keys.Where(k => k.Imports > 1).ToList();
        Add("no share key imported twice (answers)", doubles.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{keys.Count} keys, {keys.Count(k => k.Imports == 1)} imported once, {doubles.Count} imported more than once")
            + Examples(doubles.Select(k => $"key {k.Id} (cycle {k.Cycle}): {k.Imports} imports")));

        var copies = (await databases.RowsAsync("sharing", "SELECT ImportedFromKeyId, count(*) FROM case_files WHERE ImportedFromKeyId IS NOT NULL GROUP BY ImportedFromKeyId"))
            .ToDictionary(r => Guid.Parse((string)r[0]!), r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture));
        var storedTwice = copies.Where(c => c.Value > 1).ToList();
        var lost = keys.Where(k => k.Imports >= 1 && !copies.ContainsKey(k.Id)).ToList();
        Add("imports stored once per key (sharing.db)", storedTwice.Count + lost.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{copies.Count} keys with a stored copy, {storedTwice.Count} with several, {lost.Count} acknowledged imports without a copy")
            + Examples(storedTwice.Select(c => $"key {c.Key}: {c.Value} copies").Concat(lost.Select(k => $"key {k.Id} (cycle {k.Cycle}): no copy"))));
    }

    /// <summary>No link redeemed twice, and each acknowledged redemption is stored as the link's use.</summary>
    private async Task LinksAsync()
    {
        var links = ledger.Links.Where(l => l.Id is not null).ToList();
        var doubles = links.Where(l => l.Redemptions > 1).ToList();
        Add("no download link redeemed twice (answers)", doubles.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{links.Count} links, {links.Count(l => l.Redemptions == 1)} redeemed once, {doubles.Count} redeemed more than once")
            + Examples(doubles.Select(l => $"link {l.Id} (cycle {l.Cycle}): {l.Redemptions} redemptions")));

        var used = (await databases.RowsAsync("vault", "SELECT Id FROM download_links WHERE UsedAt IS NOT NULL"))
            .Select(r => Guid.Parse((string)r[0]!)).ToHashSet();
        var notStored = links.Where(l => l.Redemptions >= 1 && !used.Contains(l.Id!.Value)).ToList();
        Add("acknowledged redemptions stored (vault.db)", notStored.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{links.Count(l => l.Redemptions >= 1)} redeemed, {notStored.Count} not marked used")
            + Examples(notStored.Select(l => $"link {l.Id} (cycle {l.Cycle})")));
    }

    /// <summary>
    /// Each link's email to its recipient, and each redemption's notice to agent1 (which names the
    /// recipient): exactly one message for an acknowledged action, at most one for an action whose
    /// answer was lost. Several messages (distinct message ids) are a duplicate; one message received
    /// twice (the same id) is a delivery repeated after a kill between the SMTP send and its record.
    /// </summary>
    private async Task EmailsAsync()
    {
        var emails = await mailbox.EmailsAsync();
        var toRecipient = emails.Where(e => e.To.Any(a => a.EndsWith("@soak.test", StringComparison.Ordinal)))
            .ToLookup(e => e.To.First(a => a.EndsWith("@soak.test", StringComparison.Ordinal)), StringComparer.Ordinal);
        var notices = emails.Where(e => e.To.Contains(Workload.Agent1))
            .SelectMany(e => Mailbox.SoakAddressesIn(e.Text).Select(a => (Recipient: a, Email: e)))
            .ToLookup(p => p.Recipient, p => p.Email, StringComparer.Ordinal);

        var links = ledger.Links.ToList();
        Tally("link emailed to its recipient (vault.download-link)", links, l => l.Id is not null, toRecipient);
        Tally("link's use told to agent1 (vault.link-used)", links, l => l.Redemptions >= 1, notices);
    }

    private void Tally(string name, List<LinkRecord> links, Func<LinkRecord, bool> owed, ILookup<string, Email> received)
    {
        var lost = new List<string>();
        var duplicated = new List<string>();
        var repeated = new List<string>();
        var owedCount = 0;
        var unowedReceived = 0;
        foreach (var link in links)
        {
            var messages = received[link.Recipient].ToList();
            var distinct = messages.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count();
            if (owed(link))
            {
                owedCount++;
                if (distinct == 0)
                {
                    lost.Add($"{link.Recipient} (cycle {link.Cycle})");
                }
            }
            else if (distinct > 0)
            {
                unowedReceived++;
            }

            if (distinct > 1)
            {
                duplicated.Add($"{link.Recipient} (cycle {link.Cycle}): {distinct} messages");
            }

            if (messages.Count > distinct)
            {
                repeated.Add($"{link.Recipient} (cycle {link.Cycle}): {messages.Count} deliveries of {distinct} message(s)");
            }
        }

        Add($"{name}: none lost, none sent twice", lost.Count + duplicated.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{owedCount} owed, {lost.Count} lost, {duplicated.Count} sent as several messages; {unowedReceived} more for actions whose answer was lost (allowed)")
            + Examples(lost.Select(l => "lost " + l).Concat(duplicated.Select(d => "duplicated " + d))));
        Add($"{name}: delivered again after a kill (same message)", repeated.Count == 0 ? Outcome.Pass : Outcome.Warn,
            string.Create(CultureInfo.InvariantCulture, $"{repeated.Count} messages received more than once") + Examples(repeated));
    }

    /// <summary>Nothing left behind: every event published, every message delivered, none given up.</summary>
    private async Task OutboxesAsync()
    {
        var rows = new List<string>();
        foreach (var module in databases.Modules())
        {
            if ((await databases.CountAsync(module, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'outbox_messages'")) == 0)
            {
                continue;
            }

            var left = await databases.CountAsync(module, "SELECT count(*) FROM outbox_messages WHERE ProcessedAt IS NULL");
            if (left > 0)
            {
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"{module}: {left} events unpublished"));
            }
        }

        var messages = await databases.RowsAsync("notifications", "SELECT Status, count(*) FROM messages GROUP BY Status");
        rows.AddRange(messages.Where(r => (string)r[0]! != "Delivered").Select(r => string.Create(CultureInfo.InvariantCulture, $"notifications: {r[1]} messages {r[0]}")));
        Add("outboxes drained, every message delivered", rows.Count == 0 ? Outcome.Pass : Outcome.Fail,
            rows.Count == 0 ? "nothing left" : string.Join("; ", rows));
    }

    /// <summary>No SQLite file damaged by a kill in the middle of a write.</summary>
    private async Task IntegrityAsync()
    {
        var damaged = new List<string>();
        var modules = databases.Modules().ToList();
        foreach (var module in modules)
        {
            var answer = string.Join(" | ", (await databases.RowsAsync(module, "PRAGMA integrity_check")).Select(r => r[0]));
            if (answer != "ok")
            {
                damaged.Add($"{module}: {answer}");
            }
        }

        Add("module databases pass PRAGMA integrity_check", damaged.Count == 0 ? Outcome.Pass : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{modules.Count} databases ({string.Join(", ", modules)})") + Examples(damaged));
    }

    /// <summary>
    /// Files of the vault's blob store (<c>blobs/xx/&lt;sha-256&gt;</c>, and <c>blobs/.tmp</c> for
    /// writes under way) older than the grace period that no document, link archive or queued
    /// purge names. The other modules' stores (subfolders with a name) are not the vault's.
    /// </summary>
    private async Task OrphansAsync()
    {
        var blobs = Path.Combine(dataDirectory, "blobs");
        var referenced = (await databases.RowsAsync("vault", "SELECT Sha256 FROM documents UNION SELECT ArchiveBlobId FROM download_links WHERE ArchiveBlobId IS NOT NULL"))
            .Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        var purging = (await databases.RowsAsync("vault", "SELECT BlobId FROM blob_purges")).Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
        var before = DateTime.UtcNow - options.OrphanGrace;
        var stored = Directory.Exists(blobs)
            ? Directory.EnumerateDirectories(blobs).Where(d => Path.GetFileName(d) is { Length: 2 } name && name.All(Uri.IsHexDigit))
                .SelectMany(Directory.EnumerateFiles).ToList()
            : [];
        var temporary = Directory.Exists(Path.Combine(blobs, ".tmp")) ? Directory.EnumerateFiles(Path.Combine(blobs, ".tmp")).ToList() : [];
        var orphans = stored.Where(f => !referenced.Contains(Path.GetFileName(f)) && !purging.Contains(Path.GetFileName(f)) && File.GetLastWriteTimeUtc(f) < before).ToList();
        var queued = stored.Count(f => purging.Contains(Path.GetFileName(f)));
        var leftovers = temporary.Where(f => File.GetLastWriteTimeUtc(f) < before).ToList();
        var count = orphans.Count + leftovers.Count;
        Add("no orphan blob (blobs no row names)", count == 0 ? Outcome.Pass : options.Orphans == OrphanPolicy.Warn ? Outcome.Warn : Outcome.Fail,
            string.Create(CultureInfo.InvariantCulture, $"{stored.Count} blobs, {referenced.Count} named by a document or link archive, {queued} queued for purge, {orphans.Count} orphans ({orphans.Sum(f => new FileInfo(f).Length)} bytes), {leftovers.Count} temporary files left in .tmp ({leftovers.Sum(f => new FileInfo(f).Length)} bytes); grace {options.OrphanGrace.TotalSeconds:0} s")
            + Examples(orphans.Concat(leftovers).Select(f => Path.GetRelativePath(dataDirectory, f))));
    }

    /// <summary>Answers other than the success and the expected refusal, from a live Host: none expected.</summary>
    private void Unexpected()
    {
        var odd = ledger.Tallies.Where(t => !t.Value.Unexpected.IsEmpty).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {t.Value.UnexpectedText}").ToList();
        Add("no unexpected answer (only the success, 410 for a used key or link, or no answer)", odd.Count == 0 ? Outcome.Pass : Outcome.Fail,
            odd.Count == 0 ? "none" : string.Join("; ", odd));
    }

    private static string Examples(IEnumerable<string> items)
    {
        var list = items.Take(5).ToList();
        return list.Count == 0 ? "" : Environment.NewLine + string.Join(Environment.NewLine, list.Select(i => "        " + i));
    }
}
