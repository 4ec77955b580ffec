using Modular.SharedKernel.Messaging;

namespace Modular.Vault.Contracts;

// Facts the Vault saves in its outbox with the change that caused them; its own consumers send the
// messages they call for (ADR 0011, ADR 0023). A secret that must travel (a link's token, a code)
// is carried encrypted with the Host's data protection keys, never in clear.

/// <summary>A download link was made for a recipient's email: the link goes to them (never the code).</summary>
public sealed record DownloadLinkCreatedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LinkId,
    Guid OrganisationId,
    string RecipientEmail,
    string Language,
    string OrganisationName,
    string SenderName,
    int FileCount,
    DateTimeOffset ExpiresAt,
    string ProtectedUrl) : IntegrationEvent(EventId, OccurredAt);

/// <summary>What can happen to a download link that its maker is told about.</summary>
public enum DownloadLinkNotice
{
    /// <summary>The right code was given: the session is open.</summary>
    Used,

    /// <summary>The fifth wrong code locked the link.</summary>
    Locked,

    /// <summary>Every document went out (one by one or in the ZIP).</summary>
    Downloaded,
}

/// <summary>Something happened to a link: the agent who made it is emailed, in their language.</summary>
public sealed record DownloadLinkNoticeIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LinkId,
    Guid OrganisationId,
    DownloadLinkNotice Notice,
    Guid MakerId,
    string? MakerEmail,
    string? RecipientEmail,
    int FileCount) : IntegrationEvent(EventId, OccurredAt);

/// <summary>A postal address for an invitation's letter.</summary>
public sealed record InvitationLetterAddress(string Name, string Line1, string? Line2, string PostalCode, string City, string Country);

/// <summary>
/// An invitation (or its reminder, <paramref name="Round"/> &gt; 0) was issued: its link goes by
/// email or letter, its code by SMS when the code channel says so.
/// </summary>
public sealed record InvitationIssuedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InvitationId,
    Guid OrganisationId,
    int Round,
    string Language,
    string OrganisationName,
    string SenderName,
    string PersonName,
    string? Email,
    InvitationLetterAddress? Address,
    string? Mobile,
    InvitationLinkChannel LinkChannel,
    InvitationCodeChannel CodeChannel,
    string? Comment,
    DateTimeOffset ExpiresAt,
    string ProtectedUrl,
    string ProtectedCode) : IntegrationEvent(EventId, OccurredAt);

/// <summary>An invited person accepted: the agent who invited them is emailed, in their language.</summary>
public sealed record InvitationAcceptedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InvitationId,
    Guid OrganisationId,
    Guid InviterId,
    string? InviterEmail,
    string PersonName,
    string OrganisationName) : IntegrationEvent(EventId, OccurredAt);

/// <summary>Which email of a collection request goes to the person.</summary>
public enum CollectionEmail
{
    /// <summary>The request, with its link.</summary>
    Request,

    /// <summary>« Relancer » by the agent, with a new link.</summary>
    Reminder,

    /// <summary>The automatic reminder two days before the deadline, without the link (ADR 0020).</summary>
    AutomaticReminder,
}

/// <summary>A collection request (or a reminder of it) is to be emailed to the person asked.</summary>
public sealed record CollectionEmailIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid OrganisationId,
    CollectionEmail Email,
    string Language,
    string OrganisationName,
    string SenderName,
    string PersonName,
    string RecipientEmail,
    IReadOnlyList<string> MissingItems,
    DateOnly Deadline,
    string? Message,
    string? ProtectedUrl) : IntegrationEvent(EventId, OccurredAt);

/// <summary>A person uploaded a document for a collection request: the agent who asked is emailed, in their language.</summary>
public sealed record DocumentCollectedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid OrganisationId,
    Guid AgentId,
    string? AgentEmail,
    string PersonName,
    string Item,
    string FileName,
    int MissingCount) : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// A folder was opened to a person who already has an account (a new right, or a changed one): they
/// are told by email, with a link to the folder in « Mes coffres partagés ».
/// </summary>
public sealed record FolderOpenedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid FolderId,
    Guid OrganisationId,
    string FolderName,
    Guid PersonUserId,
    FolderAccessLevel Level,
    string FolderUrl) : IntegrationEvent(EventId, OccurredAt);
