using MediatR;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>
/// What Identity's notice consumers share: an email in the reader's language, sent with the event's
/// id as idempotency key; a refusal is thrown so that the outbox retries rather than losing it.
/// </summary>
internal sealed class IdentityMessages(IMediator mediator, ISecretProtector secrets, DisplayTime display)
{
    public DisplayTime Time => display;

    public async Task EmailAsync(string template, string language, string to, IReadOnlyDictionary<string, string> model, Guid? userId, Guid eventId, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new SendMessageCommand(template, Languages.Of(language), Channel.Email, new RecipientDto(null, to), model, IdentityModule.Name, userId?.ToString(), null, eventId.ToString()),
            cancellationToken)).OrThrow($"Sending '{template}' to {to}");

    /// <summary>A secret carried by an event; unreadable means the keys changed, which only an operator can mend.</summary>
    public string Reveal(string protectedSecret, Guid eventId) =>
        secrets.Unprotect(protectedSecret)
        ?? throw new InvalidOperationException($"A secret of event {eventId} cannot be decrypted: the data protection keys it was protected with are gone.");
}
