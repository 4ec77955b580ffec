using System.Globalization;
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
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Collections.CreateCollectionRequest;

/// <summary>"Collecter des documents": asks a person of the directory for documents through an upload-only link.</summary>
internal sealed class CreateCollectionRequestCommandHandler(
    IVaultRepository repository, ICurrentUser user, IMediator mediator, IPublicLinks links, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<CreateCollectionRequestCommand, Result<CollectionLinkDto>>
{
    public async Task<Result<CollectionLinkDto>> Handle(CreateCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        if (await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        if (await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var now = time.GetUtcNow();
        var (token, tokenHash) = LinkTokens.New();
        var created = CollectionRequest.Create(
            organisationId, sender.IsSuccess ? sender.Value.OrganisationName ?? "" : "", folder.Id, person, request.Items, request.Deadline, request.Message,
            user.RequireUserId(), sender.IsSuccess ? sender.Value.Email : null, tokenHash, now, request.Culture);
        if (created.IsFailure)
        {
            return created.Error;
        }

        var collection = created.Value;
        repository.Add(collection);
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.CollectionRequested, user.UserId,
            ("count", collection.Items.Count.ToString(CultureInfo.InvariantCulture)), ("person", collection.PersonName)));
        var url = links.To(VaultPublicPages.CollectionDepot, token);
        repository.Enqueue(CollectionEmails.For(collection, CollectionEmail.Request, request.Culture, sender.IsSuccess ? sender.Value.DisplayName : "", secrets.Protect(url), now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error : new CollectionLinkDto(collection.Id, url, Emailed: true);
    }
}
