using System.Diagnostics.Metrics;

namespace Modular.Host.Hosting;

/// <summary>
/// Every request through MediatR (commands and queries of every module), by name and outcome
/// (<c>success</c> or the error's code), and how long it took. A share key's redemption and the
/// import it opens are one request (<c>ImportSharedCaseFileCommand</c>): one transaction, one figure.
/// </summary>
internal sealed class RequestMetrics
{
    public const string MeterName = "Modular";

    public const string DurationName = "modular.request.duration";

    private readonly Histogram<double> _duration;

    public RequestMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _duration = meters.Create(MeterName).CreateHistogram<double>(DurationName, "s", "Time to handle a request sent over MediatR, by request and outcome.");
    }

    public void Record(string request, string outcome, TimeSpan elapsed)
    {
        if (_duration.Enabled)
        {
            _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("modular.request", request), new KeyValuePair<string, object?>("modular.outcome", outcome));
        }
    }
}
