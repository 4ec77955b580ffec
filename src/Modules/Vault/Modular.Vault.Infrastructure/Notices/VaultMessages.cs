using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>
/// What the Vault's notice consumers share: the message is sent with the event's id as idempotency
/// key (a redelivered event finds the first message), and a refusal is thrown so that the outbox
/// retries the event rather than losing the message.
/// </summary>
internal sealed class VaultMessages(IMediator mediator, ISecretProtector secrets, DisplayTime display)
{
    public const string Module = "Vault";

    public DisplayTime Time => display;

    public async Task SendAsync(
        string template, string language, Channel channel, RecipientDto recipient, IReadOnlyDictionary<string, string> model,
        Guid aggregateId, Guid organisationId, string idempotencyKey, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new SendMessageCommand(template, language, channel, recipient, model, Module, aggregateId.ToString(), organisationId, idempotencyKey),
            cancellationToken)).OrThrow($"Sending '{template}' for {aggregateId}");

    /// <summary>A secret carried by an event (a link, a code); unreadable means the keys changed, which only an operator can mend.</summary>
    public string Reveal(string protectedSecret, Guid aggregateId) =>
        secrets.Unprotect(protectedSecret)
        ?? throw new InvalidOperationException($"A secret of {aggregateId} cannot be decrypted: the data protection keys it was protected with are gone.");

    /// <summary>
    /// An agent's address and language: their account's now (they may have changed either since),
    /// else what was recorded with the event, in French. A deactivated account is written to no more.
    /// </summary>
    public async Task<(string? Email, string Language)> AgentAsync(Guid userId, string? recordedEmail, CancellationToken cancellationToken)
    {
        var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
        if (contact.IsSuccess)
        {
            return (contact.Value.IsActive ? contact.Value.Email : null, Languages.Of(contact.Value.PreferredLanguage));
        }

        return contact.Error.Kind == ErrorKind.NotFound ? (recordedEmail, Languages.French) : throw new InvalidOperationException($"Reading account {userId} failed: {contact.Error.Code}");
    }
}
