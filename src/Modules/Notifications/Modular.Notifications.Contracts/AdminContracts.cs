using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Notifications.Contracts;

/// <summary>The role that runs the back office; kept equal to Identity's "Admin".</summary>
public static class NotificationsRoles
{
    public const string Admin = "Admin";
}

public sealed record MessageSummaryDto(Guid Id, DateTimeOffset CreatedAt, Channel Channel, string Recipient, string TemplateKey, string Culture, string SendingModule, MessageStatus Status, int Attempts, string? LastError);

[RequireRole(NotificationsRoles.Admin)]
public sealed record SearchMessagesQuery(string? Recipient, string? SendingModule, MessageStatus? Status, int Page = 1, int PageSize = 25) : IQuery<PagedList<MessageSummaryDto>>;

/// <summary>A file sent with a message; <paramref name="Index"/> (from 0) opens it with <see cref="GetEnclosureQuery"/>.</summary>
public sealed record EnclosureInfoDto(int Index, string FileName, string ContentType, long Length, string Sha256);

public sealed record MessageDetailDto(MessageSummaryDto Summary, string Subject, string HtmlBody, string TextBody, DateTimeOffset? DeliveredAt, string? AggregateId, decimal? CostEuros, DateTimeOffset? PostedAt, IReadOnlyList<EnclosureInfoDto> Enclosures);

public sealed record EnclosureContentDto(EnclosureInfoDto Enclosure, Stream Content);

/// <summary>One file sent with a message, as it was sent (to print a letter's enclosure, or to see what an email carried).</summary>
[RequireRole(NotificationsRoles.Admin)]
public sealed record GetEnclosureQuery(Guid MessageId, int Index) : IQuery<EnclosureContentDto>;

[RequireRole(NotificationsRoles.Admin)]
public sealed record GetMessageQuery(Guid MessageId) : IQuery<MessageDetailDto>;

/// <summary>Sends the same rendered message again, as a new message (the first keeps its history).</summary>
[RequireRole(NotificationsRoles.Admin)]
public sealed record ResendMessageCommand(Guid MessageId) : ICommand<Guid>;

public sealed record TemplateSummaryDto(string Key, string Culture, bool IsOverridden, DateTimeOffset? OverriddenAt);

[RequireRole(NotificationsRoles.Admin)]
public sealed record ListTemplatesQuery : IQuery<IReadOnlyList<TemplateSummaryDto>>;

public sealed record TemplateSourceDto(string Key, string Culture, string Subject, string HtmlBody, string TextBody, bool IsOverridden, IReadOnlyDictionary<string, string> SampleModel);

[RequireRole(NotificationsRoles.Admin)]
public sealed record GetTemplateQuery(string Key, string Culture) : IQuery<TemplateSourceDto>;

public sealed record RenderedPreviewDto(string Subject, string HtmlBody, string TextBody);

/// <summary>Renders a draft with the template's sample values; syntax errors come back with their line numbers.</summary>
[RequireRole(NotificationsRoles.Admin)]
public sealed record PreviewTemplateQuery(string Key, string Culture, string Subject, string HtmlBody, string TextBody) : IQuery<RenderedPreviewDto>;

/// <summary>Saves an admin's version of a template; a draft with errors is refused.</summary>
[RequireRole(NotificationsRoles.Admin)]
public sealed record SaveTemplateOverrideCommand(string Key, string Culture, string Subject, string HtmlBody, string TextBody) : ICommand;

[RequireRole(NotificationsRoles.Admin)]
public sealed record RevertTemplateCommand(string Key, string Culture) : ICommand;

/// <summary>A letter of the print queue, with what goes in its envelope besides the letter itself.</summary>
public sealed record LetterDto(Guid MessageId, DateTimeOffset CreatedAt, string RecipientName, string AddressBlock, string SendingModule, decimal CostEuros, DateTimeOffset? PostedAt, Guid? OrganisationId, IReadOnlyList<EnclosureInfoDto> Enclosures);

[RequireRole(NotificationsRoles.Admin)]
public sealed record ListLettersQuery(bool IncludePosted = false) : IQuery<IReadOnlyList<LetterDto>>;

/// <summary>One letter with its address block, whatever its state (waiting, in the queue, posted).</summary>
[RequireRole(NotificationsRoles.Admin)]
public sealed record GetLetterQuery(Guid MessageId) : IQuery<LetterDto>;

[RequireRole(NotificationsRoles.Admin)]
public sealed record MarkLetterPostedCommand(Guid MessageId) : ICommand;

public sealed record PostalCostDto(Guid? OrganisationId, int Year, int Month, int Letters, decimal TotalEuros);

[RequireRole(NotificationsRoles.Admin)]
public sealed record GetPostalCostsQuery : IQuery<IReadOnlyList<PostalCostDto>>;
