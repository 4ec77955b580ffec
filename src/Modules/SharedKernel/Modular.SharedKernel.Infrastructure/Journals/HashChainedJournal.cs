using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Journals;

namespace Modular.SharedKernel.Infrastructure.Journals;

/// <summary>
/// A journal table kept as hash chains (ADR 0052). Lines are written unsealed, in the transaction of
/// the change they tell; a round seals them in the module's write transaction (one writer of the
/// module at a time, every Host alike), so two Hosts never give two lines the same place.
/// </summary>
public abstract class HashChainedJournal<TRecord>(DbContext context) : IJournalChain
    where TRecord : class, IChainedRecord
{
    private const int BatchSize = 500;

    public abstract string Journal { get; }

    protected DbContext Context { get; } = context;

    /// <summary>The chain each line goes into (the line's organisation, or its case file).</summary>
    protected abstract Task<IReadOnlyDictionary<TRecord, Guid>> ChainsOfAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken);

    /// <summary>The chains that belong to an organisation: by default, the one chain named after it.</summary>
    protected virtual IQueryable<Guid> ChainsOf(Guid organisationId) =>
        Sealed().Where(r => EF.Property<Guid?>(r, nameof(IChainedRecord.ChainId)) == organisationId).Select(_ => organisationId);

    /// <summary>How the line is named in a report (its row id).</summary>
    protected abstract string RecordId(TRecord record);

    public async Task<int> SealAsync(CancellationToken cancellationToken)
    {
        if (!await Pending().AnyAsync(cancellationToken))
        {
            return 0;
        }

        await using var transaction = await Context.Database.BeginModuleTransactionAsync(cancellationToken);
        var pending = await Pending().OrderBy(r => EF.Property<DateTimeOffset>(r, nameof(IChainedRecord.At))).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var chains = await ChainsOfAsync(pending, cancellationToken);
        foreach (var chain in pending.OrderBy(r => r.At).GroupBy(r => chains.TryGetValue(r, out var id) ? id : Guid.Empty))
        {
            var head = await Context.Set<TRecord>()
                .Where(r => EF.Property<Guid?>(r, nameof(IChainedRecord.ChainId)) == chain.Key && EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)) != null)
                .OrderByDescending(r => EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)))
                .Select(r => new { Position = EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)), Hash = EF.Property<string?>(r, nameof(IChainedRecord.Hash)) })
                .FirstOrDefaultAsync(cancellationToken);
            ChainLink? last = head is null ? null : new ChainLink(chain.Key, head.Position!.Value, null, head.Hash!);
            foreach (var record in chain)
            {
                last = HashChain.Append(record, chain.Key, last);
            }
        }

        await Context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    public async Task<IReadOnlyList<JournalVerdict>> VerifyAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        // What was written a moment ago is sealed first, so that the check covers it.
        while (await SealAsync(cancellationToken) > 0)
        {
        }

        var sealedLines = Sealed();
        var chainIds = organisationId is { } organisation
            ? await ChainsOf(organisation).Where(id => sealedLines.Any(r => EF.Property<Guid?>(r, nameof(IChainedRecord.ChainId)) == id)).Distinct().ToListAsync(cancellationToken)
            : await sealedLines.Select(r => EF.Property<Guid?>(r, nameof(IChainedRecord.ChainId))).Where(id => id != null).Select(id => id!.Value).Distinct().ToListAsync(cancellationToken);

        var verdicts = new List<JournalVerdict>(chainIds.Count);
        foreach (var chainId in chainIds.Order())
        {
            var verifier = new ChainVerifier(chainId);
            var lines = Context.Set<TRecord>().AsNoTracking()
                .Where(r => EF.Property<Guid?>(r, nameof(IChainedRecord.ChainId)) == chainId)
                .OrderBy(r => EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)))
                .AsAsyncEnumerable();
            await foreach (var line in lines.WithCancellation(cancellationToken))
            {
                if (!verifier.Add(line, RecordId(line)))
                {
                    break;
                }
            }

            verdicts.Add(new JournalVerdict(Journal, chainId, verifier.Checked, verifier.LastAt, verifier.FirstBreak));
        }

        return verdicts;
    }

    private IQueryable<TRecord> Sealed() => Context.Set<TRecord>().Where(r => EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)) != null);

    private IQueryable<TRecord> Pending() => Context.Set<TRecord>().Where(r => EF.Property<long?>(r, nameof(IChainedRecord.ChainPosition)) == null);
}
