using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// What the portal's notice consumers share: the message is sent with an idempotency key (a
/// redelivered event finds the first message), and a refusal is thrown so that the outbox retries
/// the event rather than losing the message.
/// </summary>
internal sealed class PortalMessages(IMediator mediator, ISecretProtector secrets, DisplayTime display)
{
    public const string Module = "ClientPortal";

    public DisplayTime Time => display;

    public async Task SendEmailAsync(
        string template, string language, string name, string email, IReadOnlyDictionary<string, string> model,
        Guid aggregateId, Guid insurerId, string idempotencyKey, CancellationToken cancellationToken) =>
        (await mediator.Send(
            new SendMessageCommand(template, Languages.Of(language), Channel.Email, new RecipientDto(name, email), model, Module, aggregateId.ToString(), insurerId, idempotencyKey),
            cancellationToken)).OrThrow($"Sending '{template}' for {aggregateId}");

    /// <summary>The insurer's name as its clients read it.</summary>
    public async Task<string> InsurerNameAsync(Guid insurerId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetOrganisationNameQuery(insurerId), cancellationToken)).OrThrow($"Reading the name of insurer {insurerId}");

    /// <summary>A secret carried by an event; unreadable means the keys changed, which only an operator can mend.</summary>
    public string Reveal(string protectedSecret, Guid aggregateId) =>
        secrets.Unprotect(protectedSecret)
        ?? throw new InvalidOperationException($"A secret of {aggregateId} cannot be decrypted: the data protection keys it was protected with are gone.");
}
