using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Collections.RemindCollectionRequest;

/// <summary>
/// « Relancer »: only the token's hash is kept, so the reminder carries a new link and the previous
/// one stops working; the agent's page says so.
/// </summary>
internal sealed class RemindCollectionRequestCommandHandler(
    IVaultRepository repository, ICurrentUser user, IMediator mediator, IPublicLinks links, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<RemindCollectionRequestCommand, Result<CollectionLinkDto>>
{
    public async Task<Result<CollectionLinkDto>> Handle(RemindCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new CollectionRequestOfOrganisationSpec(request.RequestId, organisationId), cancellationToken) is not { } collection)
        {
            return VaultErrors.CollectionNotFound;
        }

        var now = time.GetUtcNow();
        var (token, tokenHash) = LinkTokens.New();
        var reminded = collection.Remind(tokenHash, now);
        if (reminded.IsFailure)
        {
            return reminded.Error;
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var url = links.To(VaultPublicPages.CollectionDepot, token);
        repository.Enqueue(CollectionEmails.For(collection, CollectionEmail.Reminder, request.Culture, sender.IsSuccess ? sender.Value.DisplayName : "", secrets.Protect(url), now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error : new CollectionLinkDto(collection.Id, url, Emailed: true);
    }
}
