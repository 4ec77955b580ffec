using System.Security.Cryptography;
using MediatR;
using Modular.SharedKernel.Domain;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.Sharing.Application.ShareKeys.SendShareKey;

/// <summary>
/// Emails a key just issued to a colleague. The key's text proves the caller saw it when it was
/// issued: it must hash to the stored hash of their pending key, so nothing else goes out this way.
/// </summary>
internal sealed class SendShareKeyCommandHandler(ISharingRepository repository, ICurrentUser user, IMediator mediator, ISecretProtector secrets, TimeProvider time) : IRequestHandler<SendShareKeyCommand, Result>
{
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
            return SharingErrors.RecipientEmailInvalid;
        }

        // Saved with the recipient (for the list of keys): the event is the email, sent once committed.
        key.SentTo(email.Value);
        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        repository.Enqueue(new ShareKeySentIntegrationEvent(
            Guid.CreateVersion7(), time.GetUtcNow(), key.Id, key.OrganisationId, email.Value, Languages.Of(request.Culture), key.ClientName,
            sender.IsSuccess ? sender.Value.DisplayName : "", sender.IsSuccess ? sender.Value.Email : "", key.ExpiresAt, secrets.Protect(text.Value.Display)));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
