using System.Globalization;
using MediatR;
using Modular.SharedKernel.Domain;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.CreateDownloadLink;

/// <summary>
/// "Lien de téléchargement": documents of one folder behind a one-time link and a 6-digit code.
/// With a recipient, the email of the link is an event saved with the link (ADR 0023).
/// </summary>
internal sealed class CreateDownloadLinkCommandHandler(
    IVaultRepository repository, ICodeHasher codes, ICurrentUser user, IMediator mediator, IPublicLinks links, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<CreateDownloadLinkCommand, Result<CreatedDownloadLinkDto>>
{
    public async Task<Result<CreatedDownloadLinkDto>> Handle(CreateDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var ids = (request.DocumentIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            return VaultErrors.NoDocumentSelected;
        }

        var documents = await repository.ListAsync(new DocumentsByIdsSpec(ids, organisationId), cancellationToken);
        if (documents.Count != ids.Count)
        {
            return VaultErrors.DocumentNotFound;
        }

        if (documents.Select(d => d.FolderId).Distinct().Count() > 1)
        {
            return VaultErrors.DocumentsOfSeveralFolders;
        }

        var generated = string.IsNullOrWhiteSpace(request.Code);
        var code = generated ? SixDigitCode.Generate() : SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            return code.Error;
        }

        var recipient = string.IsNullOrWhiteSpace(request.RecipientEmail) ? null : EmailAddress.TryParse(request.RecipientEmail)?.Value;
        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var organisationName = sender.IsSuccess ? sender.Value.OrganisationName ?? "" : "";
        var now = time.GetUtcNow();
        var (token, tokenHash) = LinkTokens.New();
        var link = DownloadLink.Create(
            organisationId, documents[0].FolderId, user.RequireUserId(), ids, recipient, organisationName,
            sender.IsSuccess ? sender.Value.Email : null, tokenHash, id => codes.Hash(id, code.Value), now);
        if (link.IsFailure)
        {
            return link.Error;
        }

        var url = links.To(VaultPublicPages.DownloadLink, token);
        var count = ids.Count.ToString(CultureInfo.InvariantCulture);
        repository.Add(link.Value);
        repository.Append(recipient is null
            ? new JournalEntry(link.Value.FolderId, now, JournalKind.LinkCreated, user.UserId, ("count", count))
            : new JournalEntry(link.Value.FolderId, now, JournalKind.LinkCreated, user.UserId, ("count", count), ("recipient", recipient), (JournalEntry.VariantKey, "recipient")));
        if (recipient is not null)
        {
            // The link goes by email; the code never does: the agent passes it on by another channel.
            repository.Enqueue(new DownloadLinkCreatedIntegrationEvent(
                Guid.CreateVersion7(), now, link.Value.Id, organisationId, recipient, Languages.Of(request.Culture), organisationName,
                sender.IsSuccess ? sender.Value.DisplayName : "", ids.Count, link.Value.ExpiresAt, secrets.Protect(url)));
        }

        // Under the write lock, the documents are checked again: a link made while their folder was
        // being deleted would otherwise outlive it, unrevoked.
        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (await repository.CountAsync(new DocumentsByIdsSpec(ids, organisationId), cancellationToken) != ids.Count)
        {
            return VaultErrors.DocumentNotFound;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        await transaction.CommitAsync(cancellationToken);
        return new CreatedDownloadLinkDto(link.Value.Id, url, link.Value.ExpiresAt, generated ? code.Value.Value : null, recipient is not null);
    }
}
