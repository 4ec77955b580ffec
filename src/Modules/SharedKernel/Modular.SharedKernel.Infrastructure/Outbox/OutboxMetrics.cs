using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Metrics;

namespace Modular.SharedKernel.Infrastructure.Outbox;

/// <summary>
/// Every module's outbox, as an operator watches it (meter <c>Modular.Outbox</c>): the integration
/// events each dispatcher tried, by module and outcome; and, counted when read (a scrape or an
/// export, never on the request path), those waiting to be published and those given up.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Modular.Outbox";

    private readonly Counter<long> _events;
    private readonly Dictionary<Type, string> _modules;

    public OutboxMetrics(IMeterFactory meters, IServiceScopeFactory scopes, IEnumerable<OutboxSource> sources, IOptions<OutboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(options);
        var all = sources.ToList();
        _modules = all.ToDictionary(s => s.Context, s => s.Module);
        var meter = meters.Create(MeterName);
        _events = meter.CreateCounter<long>("modular.outbox.events", "{event}", "Integration events a dispatcher tried to publish, by module and outcome: published, retry (to be tried again) or failed (given up).");
        meter.CreateObservableGauge(
            "modular.outbox.pending",
            () => Count(scopes, all, options.Value.MaxAttempts, givenUp: false),
            "{event}",
            "Integration events committed and not yet published (waiting, claimed, or to be tried again), by module.");
        meter.CreateObservableGauge(
            "modular.outbox.failed",
            () => Count(scopes, all, options.Value.MaxAttempts, givenUp: true),
            "{event}",
            "Integration events given up after their last attempt, by module: each needs an operator.");
    }

    public void Tried(Type context, int attempts, int maxAttempts, bool published)
    {
        var outcome = published ? "published" : attempts >= maxAttempts ? "failed" : "retry";
        _events.Add(1, new KeyValuePair<string, object?>("modular.module", _modules.GetValueOrDefault(context, context.Name)), new KeyValuePair<string, object?>("modular.outcome", outcome));
    }

    private static IEnumerable<Measurement<long>> Count(IServiceScopeFactory scopes, List<OutboxSource> sources, int maxAttempts, bool givenUp) =>
        sources.SelectMany(source => DatabaseGauge.Measure(
            scopes,
            services =>
            {
                var waiting = source.Messages(services).Where(m => m.ProcessedAt == null);
                return givenUp ? waiting.Count(m => m.Attempts >= maxAttempts) : waiting.Count(m => m.Attempts < maxAttempts);
            },
            new KeyValuePair<string, object?>("modular.module", source.Module)));
}

/// <summary>One module's outbox (its name, its context type, its messages), for <see cref="OutboxMetrics"/>.</summary>
public sealed record OutboxSource(string Module, Type Context, Func<IServiceProvider, IQueryable<OutboxMessage>> Messages);
