using System.Reflection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Modular.Host.Hosting;

/// <summary>
/// OpenTelemetry, off unless configured (ADR 0046): metrics and traces exported over OTLP when
/// <c>Modular:Telemetry:Otlp:Endpoint</c> names a collector; metrics scraped in Prometheus's text
/// format at <c>/metrics</c> when <c>Modular:Telemetry:Prometheus:Enabled</c> is true, on the port
/// <c>Modular:Telemetry:Prometheus:Port</c> only when it is set (the port the request arrived on,
/// not its Host header, decides). With neither, no meter is listened to and no activity recorded.
/// </summary>
internal static class Telemetry
{
    public const string SectionName = "Modular:Telemetry";

    /// <summary>The meters the Host and the modules record to, besides ASP.NET Core's, HttpClient's, EF Core's and the runtime's.</summary>
    public static readonly string[] ModularMeters = [RequestMetrics.MeterName, SharedKernel.Infrastructure.Outbox.OutboxMetrics.MeterName, Notifications.Infrastructure.NotificationsModule.MeterName];

    /// <summary>
    /// Bounds in seconds for request durations, finer than OpenTelemetry's default (whose first bound is
    /// 5 ms, where most API calls end): from 100 µs to 10 s.
    /// </summary>
    public static readonly double[] DurationBounds = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static void AddModularTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SectionName).Get<TelemetrySettings>() ?? new TelemetrySettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<RequestMetrics>();
        var otlp = settings.Otlp.Endpoint is { Length: > 0 } endpoint ? new Uri(endpoint, UriKind.Absolute) : null;
        if (otlp is null && !settings.Prometheus.Enabled)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                settings.ServiceName,
                serviceVersion: typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore")
                    .AddMeter(ModularMeters)
                    .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration { Boundaries = DurationBounds })
                    .AddView(RequestMetrics.DurationName, new ExplicitBucketHistogramConfiguration { Boundaries = DurationBounds });
                if (settings.Prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(options => Configure(options, otlp, settings.Otlp, "v1/metrics"));
                }
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) && !context.Request.Path.StartsWithSegments("/metrics", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Npgsql")
                .AddOtlpExporter(options => Configure(options, otlp, settings.Otlp, "v1/traces")));
        }
    }

    /// <summary>
    /// Serves <c>/metrics</c> first of all middleware when Prometheus is on, so a scrape costs no
    /// session, culture or rate-limit work; on the configured port only, when one is set.
    /// </summary>
    public static void UseModularMetricsEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (!settings.Prometheus.Enabled)
        {
            return;
        }

        var port = settings.Prometheus.Port;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path == "/metrics" && (port is null || context.Connection.LocalPort == port),
            path: null,
            configureBranchedPipeline: null,
            optionsName: null);
    }

    private static void Configure(OtlpExporterOptions options, Uri endpoint, OtlpSettings settings, string signalPath)
    {
        options.Protocol = string.Equals(settings.Protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // Over HTTP each signal has its own path under the collector's address; gRPC takes the address as is.
        options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, signalPath) : endpoint;
        if (settings.Headers is { Length: > 0 } headers)
        {
            options.Headers = headers;
        }
    }
}

internal sealed class TelemetrySettings
{
    public string ServiceName { get; set; } = "modular";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();
}

internal sealed class OtlpSettings
{
    /// <summary>The collector's address, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318/</c> (HTTP).</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string Protocol { get; set; } = "grpc";

    /// <summary>Headers sent with each export, <c>name=value</c> pairs separated by commas (an API key, for a hosted collector).</summary>
    public string? Headers { get; set; }
}

internal sealed class PrometheusSettings
{
    public bool Enabled { get; set; }

    /// <summary>When set, <c>/metrics</c> answers only requests that arrived on this port (add it to the Host's <c>Urls</c>).</summary>
    public int? Port { get; set; }
}
