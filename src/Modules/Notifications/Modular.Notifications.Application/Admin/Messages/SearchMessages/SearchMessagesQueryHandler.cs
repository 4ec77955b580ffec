using Modular.SharedKernel.Specifications;
using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Messages.SearchMessages;

internal sealed class SearchMessagesQueryHandler(INotificationsRepository repository) : IRequestHandler<SearchMessagesQuery, Result<PagedList<MessageSummaryDto>>>
{
    public async Task<Result<PagedList<MessageSummaryDto>>> Handle(SearchMessagesQuery request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var status = request.Status is { } s ? (DeliveryStatus?)s : null;
        var spec = new MessagesSearchSpec(request.Recipient, request.SendingModule, status, page, size);
        var items = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<MessageSummaryDto>([.. items.Select(Summaries.Of)], page, size, total);
    }
}
