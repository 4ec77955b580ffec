using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Sending.GetMessageStatus;

internal sealed class GetMessageStatusQueryHandler(INotificationsRepository repository) : IRequestHandler<GetMessageStatusQuery, Result<MessageStatusDto>>
{
    public async Task<Result<MessageStatusDto>> Handle(GetMessageStatusQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(request.MessageId, cancellationToken) is { } message
            ? new MessageStatusDto(message.Id, (Channel)message.Channel, (MessageStatus)message.Status, message.Attempts, message.LastError, message.CreatedAt, message.DeliveredAt)
            : NotificationsErrors.MessageNotFound;
}
