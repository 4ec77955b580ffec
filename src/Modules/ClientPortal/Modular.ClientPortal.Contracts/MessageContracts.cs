using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Contracts;

public enum PortalMessageTopic
{
    /// <summary>« Contacter mon conseiller ».</summary>
    Question,

    /// <summary>« Revenir au papier ».</summary>
    BackToPaper,

    /// <summary>The advisor's answer.</summary>
    Reply,
}

public sealed record PortalMessageDto(Guid Id, string AuthorName, bool FromClient, PortalMessageTopic Topic, string Body, DateTimeOffset SentAt);

/// <summary>A company's thread with its advisor, oldest first, with the company's delivery (paper or not).</summary>
public sealed record PortalThreadDto(Guid CompanyId, string CompanyName, string AdvisorName, bool Paperless, IReadOnlyList<PortalMessageDto> Messages);

/// <summary>
/// Writes in a company's thread: a client user of the company (« Contacter mon conseiller », « Revenir
/// au papier »; <paramref name="CompanyId"/> null), or the insurer's staff replying (the company named).
/// The other side is emailed.
/// </summary>
[RequireAuthenticated]
public sealed record SendPortalMessageCommand(Guid? CompanyId, PortalMessageTopic Topic, string? Body) : ICommand<Guid>;

/// <summary>The thread of the reader's company, or of a company of the caller's insurer.</summary>
[RequireAuthenticated]
public sealed record GetPortalThreadQuery(Guid? CompanyId = null) : IQuery<PortalThreadDto>;

/// <summary>
/// The advisor changes how the company gets its documents: paperless or also by post, and the third
/// party that receives a copy of each new document: an email address, or a postal address, or neither.
/// </summary>
[RequireRole(PortalScopes.AgentRole)]
public sealed record UpdateCompanyDeliveryCommand(Guid CompanyId, bool Paperless, string? CopyEmail, PortalPostalAddressDto? CopyAddress = null) : ICommand;

/// <summary>A message was written in a company's thread: the other side is emailed.</summary>
public sealed record PortalMessageSentIntegrationEvent(
    Guid EventId, DateTimeOffset OccurredAt, Guid MessageId, Guid InsurerId, Guid CompanyId, string CompanyName, Guid AdvisorId, bool FromClient, PortalMessageTopic Topic, string AuthorName, string Body)
    : IntegrationEvent(EventId, OccurredAt);
