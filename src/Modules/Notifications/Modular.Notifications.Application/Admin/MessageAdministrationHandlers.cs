using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin;

internal sealed class SearchMessagesQueryHandler(INotificationsRepository repository) : IRequestHandler<SearchMessagesQuery, Result<PagedList<MessageSummaryDto>>>
{
    public async Task<Result<PagedList<MessageSummaryDto>>> Handle(SearchMessagesQuery request, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var status = request.Status is { } s ? (DeliveryStatus?)s : null;
        var spec = new MessagesSearchSpec(request.Recipient, request.SendingModule, status, page, size);
        var items = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<MessageSummaryDto>([.. items.Select(Summaries.Of)], page, size, total);
    }
}

internal sealed class GetMessageQueryHandler(INotificationsRepository repository) : IRequestHandler<GetMessageQuery, Result<MessageDetailDto>>
{
    public async Task<Result<MessageDetailDto>> Handle(GetMessageQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(request.MessageId, cancellationToken) is { } m
            ? new MessageDetailDto(Summaries.Of(m), m.Subject, m.HtmlBody, m.TextBody, m.DeliveredAt, m.AggregateId, m.CostCents / 100m, m.PostedAt)
            : NotificationsErrors.MessageNotFound;
}

internal sealed class ResendMessageCommandHandler(INotificationsRepository repository, TimeProvider time) : IRequestHandler<ResendMessageCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ResendMessageCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(request.MessageId, cancellationToken) is not { } original)
        {
            return NotificationsErrors.MessageNotFound;
        }

        var copy = original.Resend($"resend:{original.Id}:{Guid.NewGuid():N}", time.GetUtcNow());
        repository.Add(copy);
        await repository.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}

internal sealed class ListLettersQueryHandler(INotificationsRepository repository) : IRequestHandler<ListLettersQuery, Result<IReadOnlyList<LetterDto>>>
{
    public async Task<Result<IReadOnlyList<LetterDto>>> Handle(ListLettersQuery request, CancellationToken cancellationToken)
    {
        var letters = await repository.ListAsync(new LettersSpec(request.IncludePosted), cancellationToken);
        return Result<IReadOnlyList<LetterDto>>.Success([.. letters.Select(Summaries.Letter)]);
    }
}

internal sealed class GetLetterQueryHandler(INotificationsRepository repository) : IRequestHandler<GetLetterQuery, Result<LetterDto>>
{
    public async Task<Result<LetterDto>> Handle(GetLetterQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(request.MessageId, cancellationToken) is { Channel: DeliveryChannel.Postal } letter
            ? Summaries.Letter(letter)
            : NotificationsErrors.MessageNotFound;
}

internal sealed class MarkLetterPostedCommandHandler(INotificationsRepository repository, TimeProvider time) : IRequestHandler<MarkLetterPostedCommand, Result>
{
    public async Task<Result> Handle(MarkLetterPostedCommand request, CancellationToken cancellationToken)
    {
        var letter = await repository.FindAsync(request.MessageId, cancellationToken);
        if (letter is null)
        {
            return NotificationsErrors.MessageNotFound;
        }

        if (letter.Status != DeliveryStatus.Delivered || !letter.MarkPosted(time.GetUtcNow()))
        {
            return NotificationsErrors.NotALetter;
        }

        await repository.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}

internal sealed class GetPostalCostsQueryHandler(INotificationsRepository repository) : IRequestHandler<GetPostalCostsQuery, Result<IReadOnlyList<PostalCostDto>>>
{
    public async Task<Result<IReadOnlyList<PostalCostDto>>> Handle(GetPostalCostsQuery request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<PostalCostDto>>.Success(await repository.PostalCostsAsync(cancellationToken));
}

internal static class Summaries
{
    public static LetterDto Letter(Message m) =>
        new(m.Id, m.CreatedAt, m.RecipientName ?? "", m.RecipientAddress, m.SendingModule, (m.CostCents ?? 0) / 100m, m.PostedAt, m.OrganisationId);

    public static MessageSummaryDto Of(Message m) => new(
        m.Id, m.CreatedAt, (Channel)m.Channel, m.Channel == DeliveryChannel.Postal ? m.RecipientName ?? m.RecipientAddress : m.RecipientAddress,
        m.TemplateKey, m.Culture, m.SendingModule, (MessageStatus)m.Status, m.Attempts, m.LastError);
}
