using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.SharedKernel.Infrastructure.Metrics;

/// <summary>
/// A gauge's figure counted in a database when the gauge is read (a scrape or an export), in a scope
/// of its own. A database that does not answer gives no figure this time, instead of an exception
/// that would cost the whole scrape every other instrument, exactly when an operator looks.
/// </summary>
public static class DatabaseGauge
{
    public static IEnumerable<Measurement<long>> Measure(IServiceScopeFactory scopes, Func<IServiceProvider, long> count, params KeyValuePair<string, object?>[] tags)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(count);
        try
        {
            using var scope = scopes.CreateScope();
            return [new Measurement<long>(count(scope.ServiceProvider), tags)];
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ObjectDisposedException or TimeoutException)
        {
            return [];
        }
    }
}
