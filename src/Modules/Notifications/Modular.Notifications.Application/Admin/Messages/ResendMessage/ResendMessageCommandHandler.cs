using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.ResendMessage;

internal sealed class ResendMessageCommandHandler(INotificationsRepository repository, TimeProvider time) : IRequestHandler<ResendMessageCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ResendMessageCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(request.MessageId, cancellationToken) is not { } original)
        {
            return NotificationsErrors.MessageNotFound;
        }

        if (!original.WasRendered)
        {
            return NotificationsErrors.MessageNotRendered;
        }

        var copy = original.Resend($"resend:{original.Id}:{Guid.NewGuid():N}", time.GetUtcNow());
        repository.Add(copy);
        await repository.SaveChangesAsync(cancellationToken);
        return copy.Id;
    }
}
