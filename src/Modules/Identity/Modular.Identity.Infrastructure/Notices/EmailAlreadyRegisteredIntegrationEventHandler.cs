using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Text;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>Tells the owner of an address that someone tried to register with it, and that they can simply sign in.</summary>
internal sealed class EmailAlreadyRegisteredIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IdentityMessages messages)
    : IdempotentIntegrationEventHandler<EmailAlreadyRegisteredIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string Template = "identity.email-in-use";

    protected override Task HandleOnceAsync(EmailAlreadyRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.EmailAsync(
            Template, e.Language, e.Email,
            new Dictionary<string, string> { ["email"] = e.Email, ["at"] = messages.Time.DateAndTime(e.OccurredAt, Languages.Of(e.Language)) },
            null, e.EventId, cancellationToken);
    }
}
