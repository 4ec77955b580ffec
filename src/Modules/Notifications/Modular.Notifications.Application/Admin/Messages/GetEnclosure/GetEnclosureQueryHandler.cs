using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.GetEnclosure;

/// <summary>Opens one file of a message as it was sent; the caller streams it and disposes it.</summary>
internal sealed class GetEnclosureQueryHandler(INotificationsRepository repository, IEnclosureStore store) : IRequestHandler<GetEnclosureQuery, Result<EnclosureContentDto>>
{
    public async Task<Result<EnclosureContentDto>> Handle(GetEnclosureQuery request, CancellationToken cancellationToken)
    {
        if (await repository.FindAsync(request.MessageId, cancellationToken) is not { } message)
        {
            return NotificationsErrors.MessageNotFound;
        }

        if (Summaries.Enclosures(message).FirstOrDefault(e => e.Index == request.Index) is not { } info)
        {
            return NotificationsErrors.EnclosureNotFound;
        }

        return await store.OpenReadAsync(info.Sha256, cancellationToken) is { } content
            ? new EnclosureContentDto(info, content)
            : NotificationsErrors.EnclosureNotFound;
    }
}
