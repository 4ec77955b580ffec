using MediatR;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;
using Modular.Sharing.Contracts;
using Modular.Sharing.Infrastructure.Persistence;

namespace Modular.Sharing.Infrastructure.Notices;

/// <summary>
/// Emails a share key to the colleague it was sent to, with the event's id as idempotency key; a
/// refusal is thrown so that the outbox retries the event rather than losing the email.
/// </summary>
internal sealed class ShareKeySentIntegrationEventHandler(SharingDbContext context, TimeProvider time, IMediator mediator, ISecretProtector secrets, DisplayTime display)
    : IdempotentIntegrationEventHandler<ShareKeySentIntegrationEvent, SharingDbContext>(context, time)
{
    public const string Template = "sharing.share-key";

    protected override async Task HandleOnceAsync(ShareKeySentIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var key = secrets.Unprotect(e.ProtectedKey)
            ?? throw new InvalidOperationException($"The share key {e.ShareKeyId} cannot be decrypted: the data protection keys it was protected with are gone.");
        (await mediator.Send(
            new SendMessageCommand(
                Template,
                e.Language,
                Channel.Email,
                new RecipientDto(null, e.RecipientEmail),
                new Dictionary<string, string>
                {
                    ["key"] = key,
                    ["client_name"] = e.ClientName,
                    ["sender_name"] = e.SenderName,
                    ["sender_email"] = e.SenderEmail,
                    ["expires_at"] = display.DateAndTime(e.ExpiresAt, e.Language),
                },
                "Sharing",
                e.ShareKeyId.ToString(),
                e.OrganisationId,
                e.EventId.ToString()),
            cancellationToken)).OrThrow($"Emailing share key {e.ShareKeyId}");
    }
}
