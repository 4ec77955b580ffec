using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Messages;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Messages.GetPortalThread;

internal sealed class GetPortalThreadQueryHandler(IPortalRepository repository, ThreadAccess access, IMediator mediator)
    : IRequestHandler<GetPortalThreadQuery, Result<PortalThreadDto>>
{
    public async Task<Result<PortalThreadDto>> Handle(GetPortalThreadQuery request, CancellationToken cancellationToken)
    {
        var thread = await access.RequireAsync(request.CompanyId, cancellationToken);
        if (thread.IsFailure)
        {
            return thread.Error;
        }

        var company = thread.Value.Company;
        var names = new Dictionary<Guid, string>();
        async Task<string> NameAsync(Guid userId)
        {
            if (!names.TryGetValue(userId, out var name))
            {
                var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
                names[userId] = name = contact.IsSuccess ? contact.Value.DisplayName : "";
            }

            return name;
        }

        var messages = new List<PortalMessageDto>();
        foreach (var message in (await repository.ListAsync(new ThreadOfCompanySpec(company.Id), cancellationToken)).Reverse())
        {
            messages.Add(new PortalMessageDto(message.Id, await NameAsync(message.AuthorId), message.FromClient, (PortalMessageTopic)(int)message.Topic, message.Body, message.SentAt));
        }

        return new PortalThreadDto(company.Id, company.Name, await NameAsync(company.AdvisorId), company.Paperless, messages);
    }
}
