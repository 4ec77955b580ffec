using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Links.CreateDownloadLink;

/// <summary>"Lien de téléchargement": documents of one folder behind a one-time link and a 6-digit code.</summary>
internal sealed class CreateDownloadLinkCommandHandler(IVaultRepository repository, ICodeHasher codes, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<CreateDownloadLinkCommand, Result<CreatedDownloadLinkDto>>
{
    public const string TemplateKey = "vault.download-link";

    public async Task<Result<CreatedDownloadLinkDto>> Handle(CreateDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var ids = (request.DocumentIds ?? []).Distinct().ToList();
        var documents = ids.Count == 0 ? [] : await repository.ListAsync(new DocumentsByIdsSpec(ids, organisationId), cancellationToken);
        if (ids.Count == 0)
        {
            return VaultErrors.NoDocumentSelected;
        }

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

        string? recipient = null;
        if (!string.IsNullOrWhiteSpace(request.RecipientEmail) && (recipient = EmailAddress.TryParse(request.RecipientEmail)?.ToString()) is null)
        {
            return Error.Validation(new Dictionary<string, string[]> { ["RecipientEmail"] = ["Cette adresse de courriel n'est pas valide."] }, "Cette adresse de courriel n'est pas valide.");
        }

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

        repository.Add(link.Value);
        repository.Append(new JournalEntry(link.Value.FolderId, now, JournalKind.LinkCreated, user.UserId,
            recipient is null ? $"{ids.Count} document(s)" : $"{ids.Count} document(s) pour {recipient}"));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        var url = $"{request.PublicBaseUrl.TrimEnd('/')}/l/{token}";
        var emailed = false;
        if (recipient is not null)
        {
            // The link goes by email; the code never does: the agent passes it on by another channel.
            var culture = request.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
            var sent = await mediator.Send(
                new SendMessageCommand(
                    TemplateKey,
                    culture,
                    Channel.Email,
                    new RecipientDto(null, recipient),
                    new Dictionary<string, string>
                    {
                        ["url"] = url,
                        ["organisation_name"] = organisationName,
                        ["sender_name"] = sender.IsSuccess ? sender.Value.DisplayName : "",
                        ["file_count"] = ids.Count.ToString(CultureInfo.InvariantCulture),
                        ["expires_at"] = link.Value.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(culture == "en" ? "en-GB" : "fr-FR")),
                    },
                    "Vault",
                    link.Value.Id.ToString(),
                    organisationId,
                    $"vault:download-link:{link.Value.Id}"),
                cancellationToken);
            emailed = sent.IsSuccess;
        }

        return new CreatedDownloadLinkDto(link.Value.Id, url, link.Value.ExpiresAt, generated ? code.Value.Value : null, emailed);
    }
}
