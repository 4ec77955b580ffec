using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.MarkLetterPosted;

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
