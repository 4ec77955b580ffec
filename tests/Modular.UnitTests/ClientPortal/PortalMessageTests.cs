using Modular.ClientPortal.Domain.Messages;

namespace Modular.UnitTests.ClientPortal;

/// <summary>The thread between a company and its advisor: who writes which kind of message, and how long it may be.</summary>
public sealed class PortalMessageTests
{
    private static readonly DateTimeOffset Now = ClientCompanyTests.Now;

    [Fact]
    public void A_clients_question_is_kept_trimmed_with_its_author_and_moment()
    {
        var (company, author) = (Guid.NewGuid(), Guid.NewGuid());

        var message = PortalMessage.Write(company, author, true, MessageTopic.Question, "  Où trouver le décompte ?  ", Now).Value;

        Assert.Equal((company, author, true, MessageTopic.Question), (message.CompanyId, message.AuthorId, message.FromClient, message.Topic));
        Assert.Equal(("Où trouver le décompte ?", Now), (message.Body, message.SentAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_wish_to_go_back_to_paper_needs_no_text(string? body)
    {
        var message = PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), true, MessageTopic.BackToPaper, body, Now).Value;

        Assert.Equal((MessageTopic.BackToPaper, ""), (message.Topic, message.Body));
    }

    [Theory]
    [InlineData(true, "Question")]
    [InlineData(false, "Reply")]
    public void A_question_or_a_reply_needs_a_text(bool fromClient, string topicName)
    {
        var topic = Enum.Parse<MessageTopic>(topicName);

        Assert.Equal("portal-message-invalid", PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), fromClient, topic, null, Now).Error?.Code);
        Assert.Equal("portal-message-invalid", PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), fromClient, topic, "  ", Now).Error?.Code);
    }

    [Theory]
    [InlineData("Question", 4000, null)]
    [InlineData("Question", 4001, "portal-message-invalid")]
    [InlineData("BackToPaper", 4000, null)]
    [InlineData("BackToPaper", 4001, "portal-message-invalid")]
    public void A_message_has_4000_characters_at_most(string topic, int length, string? code) =>
        Assert.Equal(code, PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), true, Enum.Parse<MessageTopic>(topic), new string('m', length), Now).Error?.Code);

    [Theory]
    [InlineData(true, "Question", true)]
    [InlineData(true, "BackToPaper", true)]
    [InlineData(true, "Reply", false)]
    [InlineData(false, "Reply", true)]
    [InlineData(false, "Question", false)]
    [InlineData(false, "BackToPaper", false)]
    public void Clients_ask_and_only_the_advisor_replies(bool fromClient, string topic, bool written) =>
        Assert.Equal(written, PortalMessage.Write(Guid.NewGuid(), Guid.NewGuid(), fromClient, Enum.Parse<MessageTopic>(topic), "Bonjour", Now).IsSuccess);
}
