using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Collections.RemindCollectionRequest;

/// <summary>
/// « Relancer »: only the token's hash is kept, so the reminder carries a new link and the previous
/// one stops working; the agent's page says so.
/// </summary>
internal sealed class RemindCollectionRequestCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<RemindCollectionRequestCommand, Result<CollectionLinkDto>>
{
    public async Task<Result<CollectionLinkDto>> Handle(RemindCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new CollectionRequestOfOrganisationSpec(request.RequestId, organisationId), cancellationToken) is not { } collection)
        {
            return VaultErrors.CollectionNotFound;
        }

        var (token, tokenHash) = LinkTokens.New();
        var reminded = collection.Remind(tokenHash, time.GetUtcNow());
        if (reminded.IsFailure)
        {
            return reminded.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var url = CollectionMail.Url(request.PublicBaseUrl, token);
        var emailed = await CollectionMail.SendAsync(
            mediator, collection, CollectionMail.ReminderTemplate, request.Culture, url, sender.IsSuccess ? sender.Value.DisplayName : "",
            $"vault.collection-reminder:{collection.Id}:{collection.RemindersSent}", cancellationToken);
        return new CollectionLinkDto(collection.Id, url, emailed);
    }
}
