using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Modular.ClientPortal.Application.Digests;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Infrastructure.Jobs;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Text;
using static Modular.IntegrationTests.ClientPortal.PortalApiCalls;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.ClientPortal;

public sealed class PortalMailOnSqliteTests(PortalApiFixture fixture) : PortalMailTests(fixture), IClassFixture<PortalApiFixture>;

public sealed class PortalMailOnPostgreSqlTests(PostgreSqlPortalApiFixture fixture) : PortalMailTests(fixture), IClassFixture<PostgreSqlPortalApiFixture>;

/// <summary>
/// The portal's emails to the demo client users of « Menuiserie Favre SA » (client1 and client2), as
/// their workers send them on the Host's clock: the daily digest of new documents and the reminders
/// before documents are deleted, read back from what Notifications stored. A class of its own: it
/// moves its Host's clock by days, then by a year. Each test starts on a day of its own, and takes
/// the insurer's system after moving the clock (a token is good for an hour of the Host's time).
/// </summary>
public abstract class PortalMailTests(PortalApiFixture fixture)
{
    private const string Client1 = "client1@demo.test";
    private const string Client2 = "client2@demo.test";
    private const string Digest = "portal.digest";
    private const string Reminder = "portal.expiry-reminder";

    private PortalDigestWorker DigestWorker => fixture.Host.Services.GetRequiredService<PortalDigestWorker>();

    private PortalReminderWorker ReminderWorker => fixture.Host.Services.GetRequiredService<PortalReminderWorker>();

    private DisplayTime Display => fixture.Host.Services.GetRequiredService<DisplayTime>();

    /// <summary>The digest hour (7 by default): the tests move the clock to 08:00 to be past it, to noon to publish.</summary>
    private int DigestHour => fixture.Host.Services.GetRequiredService<IPortalSettings>().DigestHour;

    [Fact]
    public async Task The_digest_lists_a_days_new_documents_once_per_user_even_after_a_missed_hour_a_second_pass_or_the_day_queued_again()
    {
        var published = MoveTo(days: 1, hour: 12);
        using var system = await HorizonSystemAsync(fixture.Host);
        var favre = await CompanyIdAsync(system, "Favre");
        await DigestWorker.DigestAsync(Ct); // what is due up to today goes out: the days below come after it
        var (first, second) = (UniqueWord("Indemnités"), UniqueWord("Accident"));
        await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), line: "IJM", type: "PaymentLetter", title: first, date: "2026-11-20"));
        await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), title: second));

        // The Host is down at the next day's digest hour and back the day after: both days go out,
        // the publications in the first. Two passes at once (two Hosts) queue them once; a later pass finds nothing left.
        MoveTo(days: 2, hour: 8);
        Assert.Equal(2, (await Task.WhenAll(DigestWorker.DigestAsync(Ct), DigestWorker.DigestAsync(Ct))).Sum());
        Assert.Equal(0, await DigestWorker.DigestAsync(Ct));

        var digest = Assert.Single(await BodiesAsync(Digest, Client1, first));
        Assert.Contains($"Depuis le {Display.DateAndTime(DailyDigest.Window(Day(published).AddDays(1), Display.Zone, DigestHour).From, "fr")}, 2 nouveaux documents ont été publiés pour Menuiserie Favre SA sur le portail clientèle :", digest, StringComparison.Ordinal);
        Assert.Contains($"- {first} (IJM · Lettre de paiement · document du 20 novembre 2026)\n- {second} (LAA · Lettre de prise en charge · document du 20 novembre 2026)", digest, StringComparison.Ordinal);
        Assert.Contains("Ouvrir le portail clientèle : https://localhost/Portal", digest, StringComparison.Ordinal);
        Assert.Single(await BodiesAsync(Digest, Client2, first));

        // The days queued again (their events gone from the outbox and inbox): the keys of user and day find the first emails.
        foreach (var day in new[] { Day(published).AddDays(1), Day(published).AddDays(2) })
        {
            var id = DigestScheduler.EventIdOf(day);
            await fixture.Host.ExecuteAsync("ClientPortal", "DELETE FROM outbox_messages WHERE " + fixture.Host.GuidEquals("Id", id));
            await fixture.Host.ExecuteAsync("ClientPortal", "DELETE FROM inbox_messages WHERE " + fixture.Host.GuidEquals("EventId", id));
        }

        Assert.Equal(2, await DigestWorker.DigestAsync(Ct));
        Assert.Single(await BodiesAsync(Digest, Client1, first));
        Assert.Single(await BodiesAsync(Digest, Client2, first));
    }

    [Fact]
    public async Task No_digest_goes_out_for_a_day_without_new_documents()
    {
        MoveTo(days: 1, hour: 12);
        await DigestWorker.DigestAsync(Ct); // what is due up to today goes out; nothing is published after it
        var before = (await SentMessages.TextBodiesAsync(fixture.Host, Digest, Client1)).Count + (await SentMessages.TextBodiesAsync(fixture.Host, Digest, Client2)).Count;

        MoveTo(days: 1, hour: 8);
        Assert.Equal(1, await DigestWorker.DigestAsync(Ct));

        var after = (await SentMessages.TextBodiesAsync(fixture.Host, Digest, Client1)).Count + (await SentMessages.TextBodiesAsync(fixture.Host, Digest, Client2)).Count;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_user_who_chose_english_gets_the_digest_in_english_and_a_deactivated_user_gets_none()
    {
        Assert.Equal(1, await fixture.Host.ExecuteAsync("Identity", "UPDATE \"AspNetUsers\" SET \"PreferredLanguage\" = 'en' WHERE \"NormalizedEmail\" = 'CLIENT2@DEMO.TEST'"));
        var client1 = await UserIdAsync(Client1);
        try
        {
            MoveTo(days: 1, hour: 12);
            await DigestWorker.DigestAsync(Ct);
            using var system = await HorizonSystemAsync(fixture.Host);
            var favre = await CompanyIdAsync(system, "Favre");
            var title = UniqueWord("Paiement");
            await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), line: "IJM", type: "PaymentLetter", title: title, date: "2026-11-20"));
            MoveTo(days: 1, hour: 8);
            await DigestWorker.DigestAsync(Ct);

            var english = Assert.Single(await BodiesAsync(Digest, Client2, title));
            Assert.Contains("1 new document was published for Menuiserie Favre SA on the client portal:", english, StringComparison.Ordinal);
            Assert.Contains($"- {title} (IJM · Payment letter · dated 20 November 2026)", english, StringComparison.Ordinal);
            Assert.Matches($@"Since \d{{1,2}} [A-Z][a-z]+ \d{{4}} at {DigestHour:00}:00 \(Paris time\),", english);
            Assert.All(new[] { "Bonjour", " vous ", " le ", " du ", "UTC" }, word => Assert.DoesNotContain(word, english, StringComparison.Ordinal));
            var french = Assert.Single(await BodiesAsync(Digest, Client1, title));
            Assert.Contains("1 nouveau document a été publié pour Menuiserie Favre SA", french, StringComparison.Ordinal);
        }
        finally
        {
            await fixture.Host.ExecuteAsync("Identity", "UPDATE \"AspNetUsers\" SET \"PreferredLanguage\" = 'fr' WHERE \"NormalizedEmail\" = 'CLIENT2@DEMO.TEST'");
        }

        // client1 taken off the company: the next day's digest goes to client2 only.
        Assert.Equal(1, await fixture.Host.ExecuteAsync("ClientPortal", "UPDATE client_users SET \"DeactivatedAt\" = \"AddedAt\" WHERE " + fixture.Host.GuidEquals("UserId", client1)));
        try
        {
            var later = UniqueWord("Patienter");
            using var system = await HorizonSystemAsync(fixture.Host);
            var favre = await CompanyIdAsync(system, "Favre");
            await PublishedIdAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), type: "PleaseWaitLetter", title: later));
            MoveTo(days: 1, hour: 8);
            await DigestWorker.DigestAsync(Ct);

            Assert.Empty(await BodiesAsync(Digest, Client1, later));
            Assert.Contains("Lettre demandant de patienter", Assert.Single(await BodiesAsync(Digest, Client2, later)), StringComparison.Ordinal);
        }
        finally
        {
            await fixture.Host.ExecuteAsync("ClientPortal", "UPDATE client_users SET \"DeactivatedAt\" = NULL WHERE " + fixture.Host.GuidEquals("UserId", client1));
        }
    }

    [Fact]
    public async Task Users_are_reminded_30_then_7_days_before_deletion_of_the_documents_they_have_not_downloaded_once_each()
    {
        MoveTo(days: 1, hour: 12);
        using var system = await HorizonSystemAsync(fixture.Host);
        var favre = await CompanyIdAsync(system, "Favre");
        var (read, unread) = (UniqueWord("Lu"), UniqueWord("Nonlu"));
        var readDocument = await ExpectAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), title: read), HttpStatusCode.Created);
        var unreadDocument = await ExpectAsync(await PublishAsync(system, favre, Pdf("Lettre", "Texte"), type: "CostReimbursement", title: unread), HttpStatusCode.Created);
        var reader = await fixture.ReaderAsync(Client1);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{Documents}/{readDocument.GetProperty("id").GetGuid()}/content")).StatusCode);
        await ReminderWorker.RemindAsync(Ct);
        Assert.Empty(await BodiesAsync(Reminder, Client2, unread));

        // 25 days before their end: the 30-day reminder, to each user of what they have not downloaded.
        fixture.Host.Time.Advance(TimeSpan.FromDays(340));
        Assert.True(await ReminderWorker.RemindAsync(Ct) >= 1);
        Assert.Equal(0, await ReminderWorker.RemindAsync(Ct));

        Assert.Empty(await BodiesAsync(Reminder, Client1, read));
        var toClient1 = Assert.Single(await BodiesAsync(Reminder, Client1, unread));
        Assert.Contains("d'ici 30 jours", toClient1, StringComparison.Ordinal);
        Assert.Contains($"- {unread} (LAA · Remboursement des frais pris en charge · document du 20 novembre 2026) : effacé le {Display.DateAndTime(ExpiresAt(unreadDocument), "fr")}", toClient1, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Portal", toClient1, StringComparison.Ordinal);
        var toClient2 = Assert.Single(await BodiesAsync(Reminder, Client2, unread));
        Assert.Contains($"- {read} (LAA · Lettre de prise en charge · document du 20 novembre 2026) : effacé le {Display.DateAndTime(ExpiresAt(readDocument), "fr")}", toClient2, StringComparison.Ordinal);
        Assert.Equal(30L, await LastReminderAsync(unreadDocument));

        // 5 days before: the 7-day reminder, once, though two passes (two Hosts) run at the same time.
        fixture.Host.Time.Advance(TimeSpan.FromDays(20));
        Assert.True((await Task.WhenAll(ReminderWorker.RemindAsync(Ct), ReminderWorker.RemindAsync(Ct))).Sum() >= 1);
        Assert.Equal(0, await ReminderWorker.RemindAsync(Ct));

        var reminders = await BodiesAsync(Reminder, Client1, unread);
        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, b => b.Contains("d'ici 7 jours", StringComparison.Ordinal));
        Assert.Empty(await BodiesAsync(Reminder, Client1, read));
        Assert.Equal(2, (await BodiesAsync(Reminder, Client2, read)).Count);
        Assert.Equal(7L, await LastReminderAsync(readDocument));

        // Nothing more before they go.
        fixture.Host.Time.Advance(TimeSpan.FromDays(3));
        await ReminderWorker.RemindAsync(Ct);
        Assert.Equal(2, (await BodiesAsync(Reminder, Client1, unread)).Count);
        Assert.Equal(2, (await BodiesAsync(Reminder, Client2, unread)).Count);
    }

    /// <summary>Moves the Host's clock forward to <paramref name="hour"/> o'clock (product zone) <paramref name="days"/> days after its current day there.</summary>
    private DateTimeOffset MoveTo(int days, int hour)
    {
        var now = fixture.Host.Time.GetUtcNow();
        var target = DailyDigest.MomentOf(Day(now).AddDays(days), Display.Zone, hour);
        Assert.True(target > now);
        fixture.Host.Time.Advance(target - now);
        return target;
    }

    private DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Display.Zone).DateTime);

    private async Task<List<string>> BodiesAsync(string template, string to, string containing) =>
        [.. (await SentMessages.TextBodiesAsync(fixture.Host, template, to)).Where(b => b.Contains(containing, StringComparison.Ordinal))];

    private static DateTimeOffset ExpiresAt(JsonElement document) => document.GetProperty("expiresAt").GetDateTimeOffset();

    private Task<long> LastReminderAsync(JsonElement document) =>
        fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT \"LastReminderDays\" FROM documents WHERE " + fixture.Host.GuidEquals("Id", document.GetProperty("id").GetGuid()));

    private async Task<Guid> UserIdAsync(string email) =>
        Guid.Parse(await fixture.Host.ScalarAsync<string>("Identity", "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email", ("email", email.ToUpperInvariant())));
}
