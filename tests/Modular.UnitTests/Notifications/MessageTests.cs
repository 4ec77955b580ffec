using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.Notifications;

/// <summary>A message from its creation to its delivery, its failures, its resending and its posting.</summary>
public sealed class MessageTests
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly TimeSpan TwoSeconds = TimeSpan.FromSeconds(2);

    internal static Message Email(
        string address = "marie@example.fr", string? name = "Marie Martin", string module = "Vault", DateTimeOffset? at = null, IEnumerable<Enclosure>? enclosures = null) =>
        Message.Create(
            $"key-{Guid.NewGuid()}", "vault.document-shared", "fr", DeliveryChannel.Email, name, address,
            new RenderedContent("Sujet", "<p>Corps</p>", "Corps"), module, "doc-1", Organisation, null, at ?? Now, enclosures);

    internal static Message Letter(DateTimeOffset at) =>
        Message.Create(
            $"key-{Guid.NewGuid()}", "portfolio.renewal", "fr", DeliveryChannel.Postal, "Marie Martin", "Marie Martin\n1 rue A\n75001 Paris",
            new RenderedContent("Sujet", "<p>Corps</p>", "Corps"), "Portfolio", null, Organisation, Money.Euros(1.82m), at);

    [Fact]
    public void A_new_message_keeps_what_it_was_created_with_and_waits_to_be_sent_now()
    {
        var message = Message.Create(
            "key-1", "vault.document-shared", "en", DeliveryChannel.Sms, "Marie Martin", "+33612345678",
            new RenderedContent("Subject", "<p>Html</p>", "Text"), "Vault", "doc-1", Organisation, Money.Euros(0.07m), Now);

        Assert.Equal(
            ("key-1", "vault.document-shared", "en", DeliveryChannel.Sms, "Marie Martin", "+33612345678"),
            (message.IdempotencyKey, message.TemplateKey, message.Culture, message.Channel, message.RecipientName, message.RecipientAddress));
        Assert.Equal(("Subject", "<p>Html</p>", "Text"), (message.Subject, message.HtmlBody, message.TextBody));
        Assert.Equal(("Vault", "doc-1", (Guid?)Organisation, (long?)7), (message.SendingModule, message.AggregateId, message.OrganisationId, message.CostCents));
        Assert.Equal((DeliveryStatus.Pending, 0, Now, Now), (message.Status, message.Attempts, message.CreatedAt, message.NextAttemptAt));
        Assert.Null(message.DeliveredAt);
        Assert.Null(message.LastError);
        Assert.Null(message.PostedAt);
        Assert.Empty(message.Enclosures);
        Assert.True(message.WasRendered);
    }

    [Fact]
    public void A_message_keeps_its_enclosures_in_order()
    {
        Enclosure[] enclosures = [new(0, "a.pdf", "application/pdf", "aa11", 10), new(1, "b.png", "image/png", "bb22", 20)];

        var message = Email(enclosures: enclosures);

        Assert.Equal(enclosures, message.Enclosures);
    }

    [Fact]
    public void An_enclosure_keeps_its_position_name_type_blob_and_length()
    {
        var enclosure = new Enclosure(2, "décompte.pdf", "application/pdf", "ab12cd", 4096);

        Assert.Equal((2, "décompte.pdf", "application/pdf", "ab12cd", 4096L), (enclosure.Position, enclosure.FileName, enclosure.ContentType, enclosure.BlobId, enclosure.Length));
    }

    [Fact]
    public void A_message_that_could_not_be_rendered_is_given_up_at_once_without_content_and_with_its_reason()
    {
        var message = Message.NotRendered(
            "key-1", "vault.document-shared", "fr", DeliveryChannel.Email, "Marie Martin", "marie@example.fr", "timeout", "Vault", "doc-1", Organisation, Now);

        Assert.Equal(DeliveryStatus.Failed, message.Status);
        Assert.Equal("timeout", message.LastError);
        Assert.Equal(("", "", ""), (message.Subject, message.HtmlBody, message.TextBody));
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.CostCents);
        Assert.Equal(("key-1", "marie@example.fr", "Vault"), (message.IdempotencyKey, message.RecipientAddress, message.SendingModule));
        Assert.False(message.WasRendered);
    }

    [Theory]
    [InlineData(2000, 2000)]
    [InlineData(2001, 2000)]
    public void The_reason_a_message_was_not_rendered_is_cut_at_2000_characters(int length, int kept)
    {
        var error = Letters(length);

        var message = Message.NotRendered(
            "key-1", "vault.document-shared", "fr", DeliveryChannel.Email, null, "marie@example.fr", error, "Vault", null, null, Now);

        Assert.Equal(error[..kept], message.LastError);
    }

    [Theory]
    [InlineData(2000, 2000)]
    [InlineData(2001, 2000)]
    public void The_reason_an_attempt_failed_is_cut_at_2000_characters(int length, int kept)
    {
        var error = Letters(length);
        var message = Email();

        message.RecordFailure(error, permanent: false, Now, maxAttempts: 8, TwoSeconds);

        Assert.Equal(error[..kept], message.LastError);
    }

    [Fact]
    public void A_message_given_up_after_its_attempts_was_rendered()
    {
        var message = Email();

        Assert.True(message.RecordFailure("550 no such user", permanent: true, Now, maxAttempts: 8, TwoSeconds));

        Assert.Equal(DeliveryStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.True(message.WasRendered);
    }

    [Fact]
    public void A_failed_attempt_waits_its_back_off_and_is_retried()
    {
        var message = Email();

        Assert.False(message.RecordFailure("timeout", permanent: false, Now.AddMinutes(1), maxAttempts: 8, TwoSeconds));

        Assert.Equal((DeliveryStatus.Pending, 1, "timeout"), (message.Status, message.Attempts, message.LastError));
        Assert.Equal(Now.AddMinutes(1).AddSeconds(2), message.NextAttemptAt);
    }

    [Fact]
    public void A_delivered_message_counts_its_attempt_and_forgets_the_last_error()
    {
        var message = Email();
        message.RecordFailure("timeout", permanent: false, Now, maxAttempts: 8, TwoSeconds);

        message.MarkDelivered(Now.AddMinutes(1));

        Assert.Equal((DeliveryStatus.Delivered, 2, (DateTimeOffset?)Now.AddMinutes(1)), (message.Status, message.Attempts, message.DeliveredAt));
        Assert.Null(message.LastError);
        Assert.True(message.WasRendered);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(11, 2048)]
    [InlineData(12, 3600)]
    [InlineData(1000, 3600)]
    public void The_back_off_doubles_at_each_attempt_up_to_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Message.Backoff(attempts, TwoSeconds));

    [Fact]
    public void A_message_is_resent_as_a_new_pending_copy_under_a_new_key()
    {
        var original = Letter(Now);
        original.MarkDelivered(Now);

        var copy = original.Resend("key-again", Now.AddDays(1));

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal("key-again", copy.IdempotencyKey);
        Assert.Equal(
            (original.TemplateKey, original.Culture, original.Channel, original.RecipientName, original.RecipientAddress),
            (copy.TemplateKey, copy.Culture, copy.Channel, copy.RecipientName, copy.RecipientAddress));
        Assert.Equal((original.Subject, original.HtmlBody, original.TextBody), (copy.Subject, copy.HtmlBody, copy.TextBody));
        Assert.Equal((original.SendingModule, original.AggregateId, original.OrganisationId), (copy.SendingModule, copy.AggregateId, copy.OrganisationId));
        Assert.Equal(182, copy.CostCents);
        Assert.Equal((DeliveryStatus.Pending, 0, Now.AddDays(1)), (copy.Status, copy.Attempts, copy.CreatedAt));
        Assert.Null(copy.PostedAt);
    }

    [Fact]
    public void A_resent_message_carries_copies_of_the_same_enclosures()
    {
        var original = Email(enclosures: [new(0, "a.pdf", "application/pdf", "aa11", 10), new(1, "b.png", "image/png", "bb22", 20)]);

        var copy = original.Resend("key-again", Now);

        Assert.Equal(
            original.Enclosures.Select(e => (e.Position, e.FileName, e.ContentType, e.BlobId, e.Length)),
            copy.Enclosures.Select(e => (e.Position, e.FileName, e.ContentType, e.BlobId, e.Length)));
        Assert.DoesNotContain(copy.Enclosures, original.Enclosures.Contains);
    }

    [Fact]
    public void A_message_without_a_cost_is_resent_without_one() => Assert.Null(Email().Resend("key-again", Now).CostCents);

    [Fact]
    public void A_letter_is_marked_posted_once_with_the_time()
    {
        var letter = Letter(Now);

        Assert.True(letter.MarkPosted(Now.AddHours(2)));
        Assert.False(letter.MarkPosted(Now.AddHours(3)));

        Assert.Equal(Now.AddHours(2), letter.PostedAt);
    }

    private static string Letters(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
}
