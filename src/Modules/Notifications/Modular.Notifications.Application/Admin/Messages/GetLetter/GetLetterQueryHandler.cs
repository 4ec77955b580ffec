using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.GetLetter;

internal sealed class GetLetterQueryHandler(INotificationsRepository repository) : IRequestHandler<GetLetterQuery, Result<LetterDto>>
{
    public async Task<Result<LetterDto>> Handle(GetLetterQuery request, CancellationToken cancellationToken) =>
        await repository.FindAsync(request.MessageId, cancellationToken) is { Channel: DeliveryChannel.Postal } letter
            ? Summaries.Letter(letter)
            : NotificationsErrors.MessageNotFound;
}
