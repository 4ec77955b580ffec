using System.Net;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Notifications;

/// <summary>Messages through a real SMTP server (maildev) and an SMS gateway on loopback.</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private readonly Maildev _maildev = new();
    private readonly SmsGateway _gateway = new();
    private ModularHostFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _maildev.StartAsync();
        Configure(_factory);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _maildev.DisposeAsync();
        _gateway.Dispose();
    }

    [Fact]
    public async Task An_email_reaches_the_smtp_server_in_french_with_its_values_encoded_in_html()
    {
        var id = await SendAsync(Email("marie@example.fr", "fr", note: "<b>urgent</b> & vite"));

        var email = Assert.Single(await _maildev.WaitForAsync(1, TimeSpan.FromSeconds(15)));

        Assert.Equal("Message d'essai de Cabinet Démo", email.GetProperty("subject").GetString());
        Assert.Equal("marie@example.fr", email.GetProperty("envelope").GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal(id.ToString(), email.GetProperty("headers").GetProperty("x-modular-message-id").GetString());
        Assert.Contains("&lt;b&gt;urgent&lt;/b&gt; &amp; vite", email.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("<b>urgent</b> & vite", email.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The server has it; the status is saved right after.
        await WaitUntilAsync(async () => (await StatusAsync(id)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task An_unknown_culture_falls_back_to_french_and_an_unknown_template_fails_naming_its_key()
    {
        await SendAsync(Email("de@example.de", "de"));
        var unknown = await SendRawAsync(Email("x@example.fr", "fr") with { TemplateKey = "no.such-template" });

        Assert.Equal("Message d'essai de Cabinet Démo", (await _maildev.WaitForAsync(1, TimeSpan.FromSeconds(15)))[0].GetProperty("subject").GetString());
        Assert.Equal("template-unknown", unknown.Error?.Code);
        Assert.Contains("no.such-template", unknown.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Channel.Email, "pas-une-adresse", "recipient-email-invalid")]
    [InlineData(Channel.Sms, "12345", "recipient-mobile-invalid")]
    [InlineData(Channel.Sms, "+33 6 12 34 56 7x", "recipient-mobile-invalid")]
    public async Task Invalid_recipients_are_refused_at_the_command_and_nothing_is_stored(Channel channel, string address, string code)
    {
        var command = Email("unused@example.fr", "fr") with
        {
            Channel = channel,
            Recipient = new RecipientDto("X", Email: channel == Channel.Email ? address : null, Mobile: channel == Channel.Sms ? address : null),
        };

        var result = await SendRawAsync(command);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(0, await CountMessagesAsync());
    }

    [Fact]
    public async Task An_enclosure_is_attached_to_the_email_byte_for_byte_and_stays_kept_when_the_sender_deletes_its_file()
    {
        var pdf = Modular.SharedKernel.Infrastructure.Seeding.DemoPdf.Create("Décompte d'indemnités", ["Montant versé : CHF 1'250.00"]);
        var opened = 0;
        var command = Email("fiduciaire@example.ch", "fr") with
        {
            Enclosures = [new EnclosureDto("../../décompte\\octobre?.pdf", "application/pdf", _ => { opened++; return Task.FromResult<Stream>(new MemoryStream(pdf)); })],
        };

        var id = await SendAsync(command);
        Assert.Equal(id, await SendAsync(command)); // the same key: the first message, the file not read again
        Assert.Equal(1, opened);

        var email = Assert.Single(await _maildev.WaitForAsync(1, TimeSpan.FromSeconds(15)));
        var attachment = Assert.Single(email.GetProperty("attachments").EnumerateArray());
        Assert.Equal("octobre.pdf", attachment.GetProperty("filename").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(pdf, await _maildev.AttachmentAsync(email.GetProperty("id").GetString()!, attachment.GetProperty("generatedFileName").GetString()!));

        // What was sent is kept: the message's own copy, whatever the sender does with its file.
        var admin = await AsAdminAsync(new GetEnclosureQuery(id, 0));
        Assert.Equal("octobre.pdf", admin.Enclosure.FileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), admin.Enclosure.Sha256);
        await using (admin.Content)
        {
            using var copy = new MemoryStream();
            await admin.Content.CopyToAsync(copy, Ct);
            Assert.Equal(pdf, copy.ToArray());
        }
    }

    [Fact]
    public async Task Enclosures_over_the_limit_or_on_an_sms_are_refused_and_nothing_is_stored()
    {
        var big = new EnclosureDto("gros.pdf", "application/pdf", _ => Task.FromResult<Stream>(new MemoryStream(new byte[(2 * 1024 * 1024) + 1])));
        var half = new EnclosureDto("moitie.pdf", "application/pdf", _ => Task.FromResult<Stream>(new MemoryStream(new byte[(1024 * 1024) + 1])));

        var tooLarge = await SendRawAsync(Email("a@example.fr", "fr") with { Enclosures = [big] });
        var together = await SendRawAsync(Email("b@example.fr", "fr") with { Enclosures = [half, half] });
        var onSms = await SendRawAsync(Sms("+33612345678") with { Enclosures = [half] });

        Assert.Equal("enclosures-too-large", tooLarge.Error?.Code);
        Assert.Equal("Les pièces jointes d'un message dépassent ensemble 2 Mo.", tooLarge.Error!.Message);
        Assert.Equal("enclosures-too-large", together.Error?.Code);
        Assert.Equal("enclosure-not-on-sms", onSms.Error?.Code);
        Assert.Equal(0, await CountMessagesAsync());
    }

    [Fact]
    public async Task An_email_whose_enclosure_is_gone_from_the_store_is_given_up_with_the_reason()
    {
        var id = await SendAsync(Email("perdu@example.fr", "fr") with
        {
            Enclosures = [new EnclosureDto("perdu.pdf", "application/pdf", _ => Task.FromResult<Stream>(new MemoryStream("%PDF-1.4 perdu"u8.ToArray())))],
        });
        await _maildev.StopAsync(); // held back until the bytes are gone
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "blobs", "notifications"), "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        await _maildev.StartAsync();
        await WaitUntilAsync(async () => (await StatusAsync(id)).Status == MessageStatus.Failed, TimeSpan.FromSeconds(30));
        Assert.Equal("La pièce jointe « perdu.pdf » est introuvable dans le stockage.", (await StatusAsync(id)).LastError);
        Assert.Empty(await _maildev.EmailsAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_sends_once()
    {
        var command = Email("once@example.fr", "fr");

        var first = await SendAsync(command);
        var second = await SendAsync(command);
        var parallel = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(command with { IdempotencyKey = "same-key-parallel" })));

        Assert.Equal(first, second);
        Assert.Single(parallel.Distinct());
        await Task.Delay(1000, Ct);
        Assert.Equal(2, (await _maildev.WaitForAsync(2, TimeSpan.FromSeconds(15))).Count);
        Assert.Equal(2, await CountMessagesAsync());
    }

    [Fact]
    public async Task With_the_smtp_server_down_messages_wait_then_each_is_delivered_exactly_once()
    {
        await _maildev.StopAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await SendAsync(Email($"down{i}@example.fr", "fr")));
        }

        await WaitUntilAsync(async () => (await StatusAsync(ids[0])).Attempts >= 2, TimeSpan.FromSeconds(30));
        var waiting = await StatusAsync(ids[0]);
        Assert.Equal(MessageStatus.Pending, waiting.Status);
        Assert.Contains("injoignable", waiting.LastError, StringComparison.Ordinal);

        await _maildev.StartAsync();
        var emails = await _maildev.WaitForAsync(5, TimeSpan.FromSeconds(30));
        await Task.Delay(1500, Ct);
        emails = await _maildev.EmailsAsync();

        Assert.Equal(5, emails.Count);
        Assert.Equal(ids.Select(i => i.ToString()).Order(), emails.Select(e => e.GetProperty("headers").GetProperty("x-modular-message-id").GetString()).Order());
        foreach (var id in ids)
        {
            await WaitUntilAsync(async () => (await StatusAsync(id)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task A_connection_kept_open_that_the_server_dropped_is_replaced_and_the_next_email_still_arrives()
    {
        var first = await SendAsync(Email("first@example.fr", "fr"));
        await WaitUntilAsync(async () => (await StatusAsync(first)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));

        // The server restarts between two batches: the connection the worker kept is dead.
        await _maildev.StopAsync();
        await _maildev.StartAsync();
        var second = await SendAsync(Email("second@example.fr", "fr"));

        var email = Assert.Single(await _maildev.WaitForAsync(1, TimeSpan.FromSeconds(15)));
        Assert.Equal(second.ToString(), email.GetProperty("headers").GetProperty("x-modular-message-id").GetString());
        await WaitUntilAsync(async () => (await StatusAsync(second)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await StatusAsync(second)).Attempts);
    }

    [Fact]
    public async Task A_restart_with_queued_messages_loses_none()
    {
        await _maildev.StopAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await SendAsync(Email($"restart{i}@example.fr", "fr")));
        }

        // The process stops with the messages stored but not delivered.
        var dataDirectory = _factory.DataDirectory;
        _factory.KeepDataDirectory = true;
        await _factory.DisposeAsync();
        await _maildev.StartAsync();
        _factory = ModularHostFactory.Reusing(dataDirectory);
        Configure(_factory);
        _ = _factory.Services;

        var emails = await _maildev.WaitForAsync(3, TimeSpan.FromSeconds(30));
        Assert.Equal(ids.Select(i => i.ToString()).Order(), emails.Select(e => e.GetProperty("headers").GetProperty("x-modular-message-id").GetString()).Order());
        _factory.KeepDataDirectory = false;
    }

    [Fact]
    public async Task An_sms_goes_to_the_gateway_as_json_with_the_key_and_a_refusal_is_kept_with_its_reason()
    {
        var id = await SendAsync(Sms("+33 6 12 34 56 78"));
        await WaitUntilAsync(() => Task.FromResult(!_gateway.Received.IsEmpty), TimeSpan.FromSeconds(30));

        var (body, authorization) = Assert.Single(_gateway.Received);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("+33612345678", json.GetProperty("to").GetString());
        Assert.StartsWith("Bonjour Marie Dupont", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer sms-test-key", authorization);
        await WaitUntilAsync(async () => (await StatusAsync(id)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));

        _gateway.Answer = HttpStatusCode.BadRequest;
        var refused = await SendAsync(Sms("+41 79 123 45 67"));
        await WaitUntilAsync(async () => (await StatusAsync(refused)).Status == MessageStatus.Failed, TimeSpan.FromSeconds(30));
        Assert.Contains("HTTP 400", (await StatusAsync(refused)).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_that_is_down_gets_the_sms_later()
    {
        _gateway.Answer = HttpStatusCode.ServiceUnavailable;
        var id = await SendAsync(Sms("06 12 34 56 78"));
        await WaitUntilAsync(async () => (await StatusAsync(id)).Attempts >= 2, TimeSpan.FromSeconds(30));
        Assert.Equal(MessageStatus.Pending, (await StatusAsync(id)).Status);

        _gateway.Answer = HttpStatusCode.OK;
        await WaitUntilAsync(async () => (await StatusAsync(id)).Status == MessageStatus.Delivered, TimeSpan.FromSeconds(30));
        Assert.Single(_gateway.Received);
    }

    private void Configure(ModularHostFactory factory)
    {
        foreach (var (key, value) in _maildev.SmtpSettings())
        {
            factory.Settings[key] = value;
        }

        factory.Settings["Modular:Notifications:Sms:Url"] = _gateway.Url;
        factory.Settings["Modular:Notifications:MaxEnclosureBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Modular:Notifications:Sms:ApiKey"] = "sms-test-key";
    }

    private static SendMessageCommand Email(string to, string culture, string note = "") => new(
        "notifications.test",
        culture,
        Channel.Email,
        new RecipientDto("Marie Dupont", Email: to),
        new Dictionary<string, string> { ["sender_name"] = "Antoine Agent", ["organisation_name"] = "Cabinet Démo", ["note"] = note },
        "Tests",
        null,
        null,
        Guid.NewGuid().ToString("N"));

    private static SendMessageCommand Sms(string mobile) => Email("unused@example.fr", "fr") with
    {
        Channel = Channel.Sms,
        Recipient = new RecipientDto("Marie Dupont", Mobile: mobile),
    };

    private async Task<Guid> SendAsync(SendMessageCommand command)
    {
        var result = await SendRawAsync(command);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<Modular.SharedKernel.Results.Result<Guid>> SendRawAsync(SendMessageCommand command)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, Ct);
    }

    /// <summary>An admin's query, as the back office sends it.</summary>
    private async Task<T> AsAdminAsync<T>(Modular.SharedKernel.Messaging.IQuery<T> query)
    {
        using var scope = _factory.Services.CreateActingScope(new SeedActor(Guid.NewGuid(), null, [NotificationsRoles.Admin]));
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, Ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<MessageStatusDto> StatusAsync(Guid id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetMessageStatusQuery(id), Ct)).Value;
    }

    private async Task<long> CountMessagesAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_factory.DataDirectory, "notifications.db")};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM messages";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"Condition not met within {timeout.TotalSeconds} s.");
    }
}
