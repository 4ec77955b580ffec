using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>Mails the code that proves an address given at registration.</summary>
internal sealed class EmailCodeRequestedIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IdentityMessages messages)
    : IdempotentIntegrationEventHandler<EmailCodeRequestedIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string Template = "identity.email-code";

    protected override Task HandleOnceAsync(EmailCodeRequestedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.EmailAsync(
            Template, e.Language, e.Email, new Dictionary<string, string> { ["code"] = messages.Reveal(e.ProtectedCode, e.EventId) }, e.UserId, e.EventId, cancellationToken);
    }
}
