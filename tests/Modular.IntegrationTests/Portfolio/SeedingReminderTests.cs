using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Portfolio.Infrastructure.Jobs;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Portfolio;

/// <summary>
/// A « demande d'amorçage » left without an answer is reminded once, ten days after it was sent, with
/// a line in the establishment's history; one answered in time is not. The Host's clock is its own.
/// </summary>
public sealed class SeedingReminderTests : IDisposable
{
    private const string Establishments = "/api/v1/portfolio/establishments";
    private const string Partner = "amorcage@malakoff.demo.test";

    private readonly SharingApiHost _host = new();

    [Fact]
    public async Task An_unanswered_request_is_reminded_once_after_ten_days_and_an_answered_one_never()
    {
        var admin = await _host.CallerAsync("admin@demo.test", scope: PortfolioApiFixture.Scopes);
        var (waiting, answered) = (Sirens.Next(), Sirens.Next());
        var (waitingSiret, answeredSiret) = (waiting + Sirens.Nic(waiting, 1), answered + Sirens.Nic(answered, 1));
        foreach (var siret in new[] { waitingSiret, answeredSiret })
        {
            await ExpectAsync(await admin.PostAsync(Establishments, new { siret, name = $"Hôtel {siret[^4..]}", dueDay = "Fifth", partnerGroup = "MALAKOFF" }), HttpStatusCode.Created);
            await ExpectAsync(await admin.PostAsync($"{Establishments}/{siret}/seeding-requests"), HttpStatusCode.Created);
        }

        var worker = _host.Services.GetRequiredService<SeedingReminderWorker>();
        _host.Time.Advance(TimeSpan.FromDays(9));
        Assert.Equal(0, await worker.RemindAsync(Ct));

        // The first token expired with the days gone by.
        admin = await _host.CallerAsync("admin@demo.test", scope: PortfolioApiFixture.Scopes);
        var request = (await ExpectAsync(await admin.GetAsync($"{Establishments}/{answeredSiret}/seeding-requests"), HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        await ExpectAsync(await admin.PatchAsync($"{Establishments}/{answeredSiret}/seeding-requests/{request}", new { accepted = false }), HttpStatusCode.OK);
        _host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await worker.RemindAsync(Ct));
        Assert.Equal(0, await worker.RemindAsync(Ct));
        admin = await _host.CallerAsync("admin@demo.test", scope: PortfolioApiFixture.Scopes);

        var reminders = await SentMessages.TextBodiesAsync(_host, "portfolio.seeding-reminder", Partner);
        var reminder = Assert.Single(reminders);
        Assert.Contains(waitingSiret, reminder, StringComparison.Ordinal);
        Assert.Contains("Elle attend toujours votre réponse", reminder, StringComparison.Ordinal);
        var waitingRequest = (await ExpectAsync(await admin.GetAsync($"{Establishments}/{waitingSiret}/seeding-requests"), HttpStatusCode.OK))[0];
        Assert.Equal("Requested", waitingRequest.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, waitingRequest.GetProperty("remindedAt").ValueKind);
        var journal = (await ExpectAsync(await admin.GetAsync($"{Establishments}/{waitingSiret}/journal"), HttpStatusCode.OK))[0];
        Assert.Equal(("SeedingReminded", System.Text.Json.JsonValueKind.Null), (journal.GetProperty("event").GetString(), journal.GetProperty("actor").ValueKind));
        Assert.Equal("SeedingRefused", (await ExpectAsync(await admin.GetAsync($"{Establishments}/{answeredSiret}/journal"), HttpStatusCode.OK))[0].GetProperty("event").GetString());
    }

    public void Dispose() => _host.Dispose();
}
