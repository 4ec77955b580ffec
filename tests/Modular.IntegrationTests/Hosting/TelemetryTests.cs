using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Contracts;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>OpenTelemetry metrics as an operator scrapes them: off by default, then at /metrics in Prometheus's format.</summary>
/// <remarks>
/// Runs alone (<see cref="TelemetryRunsAlone"/>). OpenTelemetry listens to meters by name, so a Host's
/// metric also takes in the same-named meters of the other test Hosts alive in this process; when one of
/// those Hosts is disposed, the SDK retires the shared metric for every Host (opentelemetry-dotnet issue
/// 6412), and the scrape after the next one no longer shows it. A Host in production is alone in its process.
/// </remarks>
[Collection(typeof(TelemetryRunsAlone))]
public sealed class TelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_configuration_there_is_no_metrics_endpoint()
    {
        await using var factory = new ModularHostFactory();
        using var client = factory.CreateClient();

        var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }

    [Fact]
    public async Task Prometheus_scrapes_requests_use_cases_messages_queue_and_throttling()
    {
        await using var factory = WithPrometheus("Modular:RateLimits:AuthenticationPerMinute", "1");
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct)).StatusCode);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test", "Wrong-Passw0rd!");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignInAsync("agent1@demo.test", "Wrong-Passw0rd!")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendMessageCommand(
                "notifications.test",
                "fr",
                Channel.Email,
                new RecipientDto("Marie Dupont", Email: "marie@example.fr"),
                new Dictionary<string, string> { ["sender_name"] = "Antoine Agent", ["organisation_name"] = "Cabinet Démo", ["note"] = "" },
                "Tests",
                null,
                null,
                Guid.NewGuid().ToString("N")),
                Ct);
            Assert.True(sent.IsSuccess);
        }

        // Other messages may be sent meanwhile (the demo data's): each count is at least this test's.
        string[] expected =
        [
            """http_server_request_duration_seconds_bucket\{[^}]*http_route="/health/ready"[^}]*le="0.0001"\}""",
            """modular_request_duration_seconds_count\{[^}]*modular_outcome="success",modular_request="SendMessageCommand"[^}]*\} [1-9]""",
            """modular_notifications_messages_total\{[^}]*modular_channel="Email",modular_outcome="delivered"[^}]*\} [1-9]""",
            """modular_notifications_queue\{[^}]*\} \d""",
            """modular_outbox_events_total\{[^}]*modular_outcome="published"[^}]*\} [1-9]""",
            .. new[] { "clientportal", "delegation", "identity", "notifications", "portfolio", "sharing", "vault" }.SelectMany(module => new[]
            {
                $$"""modular_outbox_pending\{[^}]*modular_module="{{module}}"[^}]*\} \d""",
                $$"""modular_outbox_failed\{[^}]*modular_module="{{module}}"[^}]*\} 0""",
            }),
            """aspnetcore_rate_limiting_requests_total\{[^}]*aspnetcore_rate_limiting_result="endpoint_limiter"[^}]*\} 1""",
        ];
        var text = await ScrapeUntilAsync(client, expected);

        Assert.Contains("text/plain", text.ContentType, StringComparison.Ordinal);
        Assert.All(expected, pattern => Assert.Matches(pattern, text.Body));
    }

    [Fact]
    public async Task On_its_own_port_metrics_are_not_served_on_the_public_one_whatever_the_host_header_says()
    {
        await using var factory = WithPrometheus("Modular:Telemetry:Prometheus:Port", "9464");
        using var client = factory.CreateClient();
        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        forged.Headers.Host = "localhost:9464";

        var metrics = await client.SendAsync(forged, Ct);

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }

    private static ModularHostFactory WithPrometheus(string setting, string value)
    {
        var factory = new ModularHostFactory();
        factory.Settings["Modular:Telemetry:Prometheus:Enabled"] = "true";
        factory.Settings[setting] = value;
        return factory;
    }

    /// <summary>The exporter keeps a scrape for a moment, and a worker records after the request: scrape until every pattern shows.</summary>
    private static async Task<(string Body, string ContentType)> ScrapeUntilAsync(HttpClient client, IReadOnlyList<string> expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (expected.All(pattern => System.Text.RegularExpressions.Regex.IsMatch(body, pattern)) || DateTime.UtcNow > deadline)
            {
                return (body, response.Content.Headers.ContentType?.ToString() ?? "");
            }

            await Task.Delay(300, Ct);
        }
    }
}

/// <summary>The telemetry tests run after every other test class, never beside one (see <see cref="TelemetryTests"/>).</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class TelemetryRunsAlone;
