using System.Globalization;
using System.Security.Cryptography;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys;

internal sealed class IssueShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<IssueShareKeyCommand, Result<IssuedShareKeyDto>>
{
    public async Task<Result<IssuedShareKeyDto>> Handle(IssueShareKeyCommand request, CancellationToken cancellationToken)
    {
        var issuer = user.RequireUserId();
        if (await repository.FindAsync(new CaseFileOfOwnerSpec(request.CaseFileId, issuer), cancellationToken) is not { } caseFile)
        {
            return SharingErrors.CaseNotFound;
        }

        var (key, text) = ShareKey.Issue(caseFile, issuer, time.GetUtcNow());
        repository.Add(key);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? new IssuedShareKeyDto(key.Id, text.Display, key.ExpiresAt) : saved.Error;
    }
}

/// <summary>
/// Emails a key just issued to a colleague. The key's text proves the caller saw it when it was
/// issued: it must hash to the stored hash of their pending key, so nothing else goes out this way.
/// </summary>
internal sealed class SendShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time) : IRequestHandler<SendShareKeyCommand, Result>
{
    public const string TemplateKey = "sharing.share-key";

    public async Task<Result> Handle(SendShareKeyCommand request, CancellationToken cancellationToken)
    {
        var issuer = user.RequireUserId();
        if (await repository.FindAsync(new ShareKeyOfIssuerSpec(request.ShareKeyId, issuer), cancellationToken) is not { } key)
        {
            return SharingErrors.KeyNotFound;
        }

        var text = ShareKeyText.Parse(request.Key);
        if (text.IsFailure || !CryptographicOperations.FixedTimeEquals(text.Value.Hash(), key.KeyHash))
        {
            return SharingErrors.KeyNotFound;
        }

        if (key.StateAt(time.GetUtcNow()) != ShareKeyState.Pending)
        {
            return SharingErrors.KeyNotPending;
        }

        if (EmailAddress.TryParse(request.RecipientEmail) is not { } email)
        {
            return Error.Validation(new Dictionary<string, string[]> { ["RecipientEmail"] = ["Cette adresse de courriel n'est pas valide."] }, "Cette adresse de courriel n'est pas valide.");
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var culture = request.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
        var sent = await mediator.Send(
            new SendMessageCommand(
                TemplateKey,
                culture,
                Channel.Email,
                new RecipientDto(null, email.Value),
                new Dictionary<string, string>
                {
                    ["key"] = text.Value.Display,
                    ["client_name"] = key.ClientName,
                    ["sender_name"] = sender.IsSuccess ? sender.Value.DisplayName : "",
                    ["sender_email"] = sender.IsSuccess ? sender.Value.Email : "",
                    ["expires_at"] = key.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(culture == "en" ? "en-GB" : "fr-FR")),
                },
                "Sharing",
                key.Id.ToString(),
                key.OrganisationId,
                $"sharing:share-key:{key.Id}:{email.Value}"),
            cancellationToken);
        return sent.IsSuccess ? Result.Success() : sent.Error;
    }
}

internal sealed class ListMyShareKeysQueryHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<ListMyShareKeysQuery, Result<PagedList<ShareKeyDto>>>
{
    public async Task<Result<PagedList<ShareKeyDto>>> Handle(ListMyShareKeysQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        var spec = new MyShareKeysSpec(user.RequireUserId(), (ShareKeyState?)request.Status, now, page, size);
        var keys = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<ShareKeyDto>(
            [.. keys.Select(k => new ShareKeyDto(k.Id, k.CaseFileId, k.ClientName, k.CreatedAt, k.ExpiresAt, (ShareKeyStatus)k.StateAt(now), k.UsedAt, k.RevokedAt))],
            page,
            size,
            total);
    }
}

internal sealed class RevokeShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<RevokeShareKeyCommand, Result>
{
    public async Task<Result> Handle(RevokeShareKeyCommand request, CancellationToken cancellationToken)
    {
        var issuer = user.RequireUserId();
        if (await repository.FindAsync(new ShareKeyOfIssuerSpec(request.ShareKeyId, issuer), cancellationToken) is not { } key)
        {
            return SharingErrors.KeyNotFound;
        }

        var now = time.GetUtcNow();
        var revoked = key.Revoke(now);
        if (revoked.IsFailure)
        {
            return revoked;
        }

        if (await repository.FindAsync(new CaseFileOfOwnerSpec(key.CaseFileId, issuer), cancellationToken) is { } caseFile)
        {
            caseFile.RecordShareKeyRevoked(key.Id, issuer, now);
        }

        return await repository.SaveChangesAsync(cancellationToken);
    }
}
