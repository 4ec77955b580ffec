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
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;
using Modular.Sharing.Domain;

namespace Modular.Sharing.Application.ShareKeys.SendShareKey;

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
