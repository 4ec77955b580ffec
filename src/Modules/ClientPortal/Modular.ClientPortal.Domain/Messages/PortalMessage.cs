using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Messages;

/// <summary>What a client's message is about (twin of Contracts' PortalMessageTopic).</summary>
internal enum MessageTopic
{
    /// <summary>« Contacter mon conseiller »: a question, a problem to describe.</summary>
    Question,

    /// <summary>« Revenir au papier »: the company wants its documents by post again.</summary>
    BackToPaper,

    /// <summary>The advisor's answer.</summary>
    Reply,
}

/// <summary>
/// A message between a client company and its advisor, kept as one thread per company that both
/// sides read: the client's question or wish to go back to paper, the advisor's replies.
/// </summary>
internal sealed class PortalMessage : Entity<Guid>
{
    public const int BodyMaxLength = 4000;

    private PortalMessage(Guid id, Guid companyId, Guid authorId, bool fromClient, MessageTopic topic, string body, DateTimeOffset now)
        : base(id)
    {
        CompanyId = companyId;
        AuthorId = authorId;
        FromClient = fromClient;
        Topic = topic;
        Body = body;
        SentAt = now;
    }

    private PortalMessage()
        : base(Guid.Empty)
    {
        Body = "";
    }

    public Guid CompanyId { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>Written by a client user (true) or by the insurer's staff (false).</summary>
    public bool FromClient { get; private set; }

    public MessageTopic Topic { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public static Result<PortalMessage> Write(Guid companyId, Guid authorId, bool fromClient, MessageTopic topic, string? body, DateTimeOffset now)
    {
        var text = body?.Trim() ?? "";
        if (text.Length > BodyMaxLength || (text.Length == 0 && topic != MessageTopic.BackToPaper))
        {
            return PortalErrors.MessageInvalid;
        }

        if (fromClient == (topic == MessageTopic.Reply))
        {
            return PortalErrors.MessageInvalid;
        }

        return new PortalMessage(Guid.CreateVersion7(now), companyId, authorId, fromClient, topic, text, now);
    }
}
