using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.GetMessage;

internal sealed class GetMessageQueryHandler(INotificationsRepository repository) : IRequestHandler<GetMessageQuery, Result<MessageDetailDto>>
{
    public async Task<Result<MessageDetailDto>> Handle(GetMessageQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(request.MessageId, cancellationToken) is { } m
            ? new MessageDetailDto(Summaries.Of(m), m.Subject, m.HtmlBody, m.TextBody, m.DeliveredAt, m.AggregateId, m.CostCents / 100m, m.PostedAt, Summaries.Enclosures(m))
            : NotificationsErrors.MessageNotFound;
}
