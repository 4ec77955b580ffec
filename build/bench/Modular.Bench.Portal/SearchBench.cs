using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.ClientPortal.Infrastructure;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Modules;
using Npgsql;

namespace Modular.Bench;

/// <summary>One search measured in one company: the port's answer and the bare index query beside it.</summary>
internal sealed record SearchRow(string Company, int CompanyDocuments, string Query, int Hits, Latency Port, Latency Index)
{
    /// <summary>The bare index query's median over the port's: 1 would be no cost beyond the index.</summary>
    public double Ratio => Index.P50 / Port.P50;
}

/// <summary>Latencies of one repeated call, in milliseconds.</summary>
internal sealed record Latency(double[] Sorted)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public int Runs => Sorted.Length;

    private double Percentile(double p) => Sorted[Math.Clamp((int)Math.Ceiling(p * Sorted.Length) - 1, 0, Sorted.Length - 1)];
}

internal sealed record SearchResult(string Provider, int Documents, int Companies, TimeSpan? Generation, string Size, IReadOnlyList<SearchRow> Rows, IReadOnlyList<string> Faults);

/// <summary>
/// Search latency over a generated corpus, on a ClientPortal database made as the Host makes it: the
/// module's own registration (<c>AddClientPortalModule</c>) on a configuration naming a data
/// folder (SQLite) or a PostgreSQL database, the module's migrations, its DbContext and its
/// <see cref="IPortalSearch"/> (SQLite FTS5 or PostgreSQL tsvector). Documents are made by the
/// domain (<see cref="PortalDocument.Publish"/>), saved in batches, each batch in one transaction
/// with its index entries written by the port, as publishing writes them. Then, in the largest
/// company (1 % of the documents) and in a typical one, each query runs through
/// <see cref="IPortalSearch.FindAsync"/> (the first page of 20 and the total, as the list asks) and,
/// as the ceiling, as the bare index query on the same connection (SQLite: the same FTS5 MATCH;
/// PostgreSQL: the same tsquery on the company's entries), whose row count must equal the port's total.
/// </summary>
internal static class SearchBench
{
    public const int PageSize = 20;

    private const int Batch = 5000;

    private const int RetentionDays = 365;

    /// <summary>The searches measured: a rare word, a common one, the start of words, two words.</summary>
    public static readonly (string Label, string Query)[] Queries =
    [
        ("rare word", PortalCorpus.RareWord),
        ("common word", PortalCorpus.CommonWord),
        ("prefix", PortalCorpus.Prefix),
        ("two words", PortalCorpus.TwoWords),
    ];

    /// <summary>
    /// Generates <paramref name="documents"/> documents into a fresh database (or reuses the one in
    /// <paramref name="dataDirectory"/> when it already holds exactly that many), then measures.
    /// </summary>
    public static async Task<SearchResult> RunAsync(string dataDirectory, string? postgres, int documents, TimeSpan measureFor)
    {
        var provider = postgres is null ? "SQLite" : "PostgreSQL";
        await using var services = ModuleServices(dataDirectory, postgres);
        var module = services.GetServices<ModuleDescriptor>().Single(m => m.Name == ClientPortalModule.Name);
        await using (var scope = services.CreateAsyncScope())
        {
            await module.Migrate!(scope.ServiceProvider, CancellationToken.None);
        }

        TimeSpan? generation = null;
        var existing = await CountAsync(services);
        if (existing != documents)
        {
            if (existing != 0)
            {
                throw new InvalidOperationException($"The {provider} database in {dataDirectory} holds {existing} documents, not {documents}: empty the folder or ask for {existing}.");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {provider}: generating {documents:N0} documents over {CompanyCount(documents):N0} companies ({Batch:N0} per transaction)"));
            var clock = Stopwatch.StartNew();
            await GenerateAsync(services, documents);
            generation = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {documents:N0} documents in {generation.Value.TotalSeconds:0} s ({documents / generation.Value.TotalSeconds:N0} documents/s)"));
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {provider}: reusing the {documents:N0} documents already in {dataDirectory}"));
        }

        await using var measuring = services.CreateAsyncScope();
        var context = measuring.ServiceProvider.GetRequiredService<PortalDbContext>();
        var search = measuring.ServiceProvider.GetRequiredService<IPortalSearch>();
        var companies = await context.Documents.AsNoTracking().GroupBy(d => d.CompanyId)
            .Select(g => new { CompanyId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.CompanyId)
            .ToListAsync();
        var largest = companies[0];
        var typical = companies[companies.Count / 2];

        // Every generated document is still on the portal at the moment the last one was published.
        var aliveAt = await context.Documents.MaxAsync(d => d.PublishedAt);
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        var rows = new List<SearchRow>();
        var faults = new List<string>();
        foreach (var (label, companyId, count) in new[] { ("largest", largest.CompanyId, largest.Count), ("typical", typical.CompanyId, typical.Count) })
        {
            foreach (var (queryLabel, query) in Queries)
            {
                var terms = SearchTerms.Parse(query);
                var filter = new DocumentFilter(companyId, aliveAt);
                var total = 0;
                var port = await RepeatAsync(measureFor, async () => total = (await search.FindAsync(filter, terms, 0, PageSize, CancellationToken.None)).Total);
                await using var command = IndexQuery(connection, postgres is not null, companyId, terms);
                var hits = 0;
                var index = await RepeatAsync(measureFor, async () => hits = await ReadAllAsync(command));
                if (hits != total)
                {
                    faults.Add($"{provider}, {label} company, « {query} »: the port found {total}, the index query {hits}.");
                }

                rows.Add(new SearchRow(label, count, $"{queryLabel} « {query} »", total, port, index));
            }
        }

        await context.Database.CloseConnectionAsync();
        return new SearchResult(provider, documents, companies.Count, generation, await SizeAsync(context, dataDirectory, postgres is not null), rows, faults);
    }

    /// <summary>How many companies the documents are spread over: about 250 documents each, besides the largest.</summary>
    public static int CompanyCount(int documents) => Math.Max(20, documents / 250);

    /// <summary>The module as the Host registers it, on a data folder of its own or a PostgreSQL database.</summary>
    private static ServiceProvider ModuleServices(string dataDirectory, string? postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Modular:DataDirectory"] = dataDirectory,
            ["Modular:Portal:RetentionDays"] = RetentionDays.ToString(CultureInfo.InvariantCulture),
        };
        if (postgres is not null)
        {
            settings["Modular:Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Modular"] = postgres;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddClientPortalModule(configuration, new BenchEnvironment(dataDirectory));
        return services.BuildServiceProvider();
    }

    private static async Task<int> CountAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Documents.CountAsync();
    }

    /// <summary>
    /// Companies of one insurer, then the documents: one in a hundred to the first company (the largest
    /// client), the others at random among the rest, published over the last 360 days.
    /// </summary>
    private static async Task GenerateAsync(ServiceProvider services, int documents)
    {
        var now = DateTimeOffset.UtcNow;
        var insurerId = Guid.NewGuid();
        var advisorId = Guid.NewGuid();
        var companies = new List<ClientCompany>();
        await using (var scope = services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var number = 10_000_000;
            while (companies.Count < CompanyCount(documents))
            {
                var digits = (number++).ToString(CultureInfo.InvariantCulture);
                if (SwissUid.CheckDigit(digits + "0") is not { } check)
                {
                    continue;
                }

                var uid = SwissUid.Parse($"CHE{digits}{check}").Value;
                var company = ClientCompany.Create(insurerId, $"Entreprise {companies.Count + 1:0000} SA", uid, "Route de la Gare 12", "1700", "Fribourg", [], advisorId, paperless: true, copyEmail: null, now).Value;
                context.Companies.Add(company);
                companies.Add(company);
            }

            await context.SaveChangesAsync();
        }

        var corpus = new PortalCorpus(seed: 20261201);
        var random = new Random(7);
        var reported = 0;
        for (var start = 0; start < documents; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var search = scope.ServiceProvider.GetRequiredService<IPortalSearch>();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await context.Database.BeginTransactionAsync();
            var batch = new List<PortalDocument>(Batch);
            for (var i = start; i < Math.Min(start + Batch, documents); i++)
            {
                var company = i % 100 == 0 ? companies[0] : companies[1 + random.Next(companies.Count - 1)];
                var publishedAt = now.AddMinutes(-random.Next(0, 360 * 24 * 60));
                var letter = corpus.Next(DateOnly.FromDateTime(publishedAt.UtcDateTime));
                var document = PortalDocument.Publish(
                    company, letter.Line, letter.Type, letter.Title, letter.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"document-{i}.pdf",
                    1500 + letter.Text.Length, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), letter.Text, advisorId, null, publishedAt, RetentionDays).Value;
                context.Documents.Add(document);
                batch.Add(document);
            }

            await context.SaveChangesAsync();
            foreach (var document in batch)
            {
                await search.IndexAsync(document, CancellationToken.None);
            }

            await transaction.CommitAsync();
            var done = Math.Min(start + Batch, documents);
            if (done * 10L / documents > reported)
            {
                reported = (int)(done * 10L / documents);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {done:N0} documents"));
            }
        }
    }

    /// <summary>The ceiling: the index's own query for the same words in the same company, as the port builds it.</summary>
    private static DbCommand IndexQuery(DbConnection connection, bool postgres, Guid companyId, SearchTerms terms)
    {
        var command = connection.CreateCommand();
        if (postgres)
        {
            command.CommandText = "SELECT document_id FROM clientportal.search_entries WHERE company_id = @company AND vector @@ (to_tsquery('french', @query) && CAST(@lexeme AS tsquery))";
            // PostgreSqlPortalSearch's company lexeme and its words, in one tsquery, on the company's entries.
            command.Parameters.Add(new NpgsqlParameter("company", companyId));
            command.Parameters.Add(new NpgsqlParameter("lexeme", Modular.ClientPortal.Infrastructure.Search.PostgreSqlPortalSearch.CompanyLexeme(companyId)));
            command.Parameters.Add(new NpgsqlParameter("query", terms.ToTsQuery()));
        }
        else
        {
            // SqlitePortalSearch's company token ("company" + the id's 32 digits) and its words, in one MATCH.
            command.CommandText = "SELECT rowid FROM search_entries WHERE search_entries MATCH $match";
            var match = command.CreateParameter();
            match.ParameterName = "$match";
            match.Value = $"\"company{companyId:N}\" {terms.ToFts5()}";
            command.Parameters.Add(match);
        }

        return command;
    }

    private static async Task<int> ReadAllAsync(DbCommand command)
    {
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>Runs the call a few times unmeasured, then for the given time (20 runs at least, 2,000 at most).</summary>
    private static async Task<Latency> RepeatAsync(TimeSpan measureFor, Func<Task> call)
    {
        for (var i = 0; i < 3; i++)
        {
            await call();
        }

        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        while (latencies.Count < 20 || (clock.Elapsed < measureFor && latencies.Count < 2000))
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new Latency([.. latencies.Order()]);
    }

    private static async Task<string> SizeAsync(PortalDbContext context, string dataDirectory, bool postgres)
    {
        if (!postgres)
        {
            var bytes = Directory.GetFiles(dataDirectory, "clientportal.db*").Sum(f => new FileInfo(f).Length);
            return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB (clientportal.db)");
        }

        var size = await context.Database.SqlQueryRaw<long>("SELECT sum(pg_total_relation_size(c.oid))::bigint AS \"Value\" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'clientportal' AND c.relkind = 'r'").SingleAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{size / 1048576.0:N0} MiB (schema clientportal)");
    }

    /// <summary>The little the module's registration reads of its host.</summary>
    private sealed class BenchEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Modular.Bench.Portal";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
