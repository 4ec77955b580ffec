using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Modular.SharedKernel.Journals;

namespace Modular.SharedKernel.Infrastructure.Journals;

public static class JournalChains
{
    /// <summary>Registers a module's chained journal, and the one worker that seals them all.</summary>
    public static IServiceCollection AddJournalChain<TJournal>(this IServiceCollection services)
        where TJournal : class, IJournalChain
    {
        services.AddScoped<IJournalChain, TJournal>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, JournalSealingWorker>());
        return services;
    }

    /// <summary>
    /// Maps a chained line's seal: hashes of 64 characters, one line per place in a chain, and an
    /// index on the lines still to seal.
    /// </summary>
    public static EntityTypeBuilder<TRecord> IsHashChained<TRecord>(this EntityTypeBuilder<TRecord> entity)
        where TRecord : class, IChainedRecord
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Property<string?>(nameof(IChainedRecord.PreviousHash)).HasMaxLength(HashChain.HashLength);
        entity.Property<string?>(nameof(IChainedRecord.Hash)).HasMaxLength(HashChain.HashLength);
        entity.HasIndex(nameof(IChainedRecord.ChainId), nameof(IChainedRecord.ChainPosition)).IsUnique();
        entity.HasIndex(nameof(IChainedRecord.ChainPosition));
        return entity;
    }
}
