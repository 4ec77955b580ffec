using Modular.Notifications.Domain.Messages;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Notifications;

/// <summary>Which messages the delivery log and the letters to post select, and in what order, run over lists in memory.</summary>
public sealed class MessageQueriesTests
{
    private static readonly DateTimeOffset Now = MessageTests.Now;

    [Fact]
    public void The_log_lists_every_message_the_latest_first_read_only()
    {
        var (first, second, third) = (MessageTests.Email(at: Now), MessageTests.Email(at: Now.AddMinutes(1)), MessageTests.Email(at: Now.AddMinutes(2)));

        Assert.Equal([third, second, first], Select([second, first, third], new MessagesSearchSpec(null, null, null, 1, 10)));
        Assert.True(new MessagesSearchSpec(null, null, null, 1, 10).AsNoTracking);
    }

    [Fact]
    public void Blank_filters_filter_nothing()
    {
        var (email, anonymous) = (MessageTests.Email(at: Now), MessageTests.Email(name: null, at: Now.AddMinutes(1)));

        Assert.Equal([anonymous, email], Select([email, anonymous], new MessagesSearchSpec("  ", "  ", null, 1, 10)));
    }

    [Fact]
    public void The_log_is_read_a_page_at_a_time()
    {
        var messages = Enumerable.Range(0, 5).Select(i => MessageTests.Email(at: Now.AddMinutes(i))).ToList();

        Assert.Equal([messages[2], messages[1]], Select(messages, new MessagesSearchSpec(null, null, null, 2, 2)));
    }

    [Fact]
    public void A_recipient_is_found_by_part_of_their_address_or_name_whatever_the_case()
    {
        var byAddress = MessageTests.Email(address: "jean.dupont@example.fr", name: "Jean", at: Now);
        var byName = MessageTests.Email(address: "jd@example.fr", name: "M. Dupont", at: Now.AddMinutes(1));
        var withoutName = MessageTests.Email(address: "marie@example.fr", name: null, at: Now.AddMinutes(2));
        var someoneElse = MessageTests.Email(address: "paul@example.fr", name: "Paul Durand", at: Now.AddMinutes(3));

        Assert.Equal([byName, byAddress], Select([byAddress, byName, withoutName, someoneElse], new MessagesSearchSpec(" DUPONT ", null, null, 1, 10)));
    }

    [Fact]
    public void The_log_is_filtered_by_sending_module_and_status()
    {
        var vault = MessageTests.Email(module: "Vault", at: Now);
        var portfolio = MessageTests.Email(module: "Portfolio", at: Now.AddMinutes(1));
        var failed = MessageTests.Email(module: "Vault", at: Now.AddMinutes(2));
        failed.RecordFailure("550", permanent: true, Now, maxAttempts: 8, TimeSpan.FromSeconds(2));

        Assert.Equal([failed, vault], Select([vault, portfolio, failed], new MessagesSearchSpec(null, "Vault", null, 1, 10)));
        Assert.Equal([failed], Select([vault, portfolio, failed], new MessagesSearchSpec(null, null, DeliveryStatus.Failed, 1, 10)));
        Assert.Equal([vault], Select([vault, portfolio, failed], new MessagesSearchSpec(null, "Vault", DeliveryStatus.Pending, 1, 10)));
    }

    [Fact]
    public void The_letters_to_post_are_the_delivered_ones_not_yet_posted_the_oldest_first_read_only()
    {
        var (older, newer, posted, pending) = (Delivered(Now.AddMinutes(1)), Delivered(Now.AddMinutes(2)), Delivered(Now), MessageTests.Letter(Now));
        posted.MarkPosted(Now);
        var deliveredEmail = MessageTests.Email(at: Now);
        deliveredEmail.MarkDelivered(Now);
        Message[] all = [newer, posted, pending, deliveredEmail, older];

        Assert.Equal([older, newer], Select(all, new LettersSpec(includePosted: false)));
        Assert.Equal([posted, older, newer], Select(all, new LettersSpec(includePosted: true)));
        Assert.True(new LettersSpec(includePosted: false).AsNoTracking);
    }

    private static Message Delivered(DateTimeOffset at)
    {
        var letter = MessageTests.Letter(at);
        letter.MarkDelivered(at);
        return letter;
    }
}
