using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Messages;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Messages.SendPortalMessage;

/// <summary>
/// « Contacter mon conseiller » and « Revenir au papier » from the client, or the advisor's reply:
/// kept in the company's thread, the other side emailed. Going back to paper is a request: the
/// advisor changes the delivery once the service is ended (the seed: « contacter votre conseiller
/// afin que le service puisse être résilié »).
/// </summary>
internal sealed class SendPortalMessageCommandHandler(IPortalRepository repository, ThreadAccess access, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<SendPortalMessageCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SendPortalMessageCommand request, CancellationToken cancellationToken)
    {
        var thread = await access.RequireAsync(request.CompanyId, cancellationToken);
        if (thread.IsFailure)
        {
            return thread.Error;
        }

        var (company, asClient) = thread.Value;
        var author = user.RequireUserId();
        var now = time.GetUtcNow();
        var topic = asClient ? (request.Topic == PortalMessageTopic.BackToPaper ? MessageTopic.BackToPaper : MessageTopic.Question) : MessageTopic.Reply;
        var message = PortalMessage.Write(company.Id, author, asClient, topic, request.Body, now);
        if (message.IsFailure)
        {
            return message.Error;
        }

        var name = await mediator.Send(new GetAccountContactQuery(author), cancellationToken);
        repository.Add(message.Value);
        repository.Enqueue(new PortalMessageSentIntegrationEvent(
            Guid.CreateVersion7(now), now, message.Value.Id, company.InsurerId, company.Id, company.Name, company.AdvisorId, asClient,
            (PortalMessageTopic)(int)topic, name.IsSuccess ? name.Value.DisplayName : "", message.Value.Body));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? message.Value.Id : saved.Error!;
    }
}
