using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>Tells the holder of an account deactivated for shared credentials why, in their language.</summary>
internal sealed class SharedCredentialsDetectedIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IdentityMessages messages)
    : IdempotentIntegrationEventHandler<SharedCredentialsDetectedIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string Template = "identity.shared-credentials";

    protected override Task HandleOnceAsync(SharedCredentialsDetectedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.EmailAsync(
            Template, e.Language, e.Email, new Dictionary<string, string> { ["name"] = e.DisplayName, ["detected_at"] = messages.Time.DateAndTime(e.OccurredAt, e.Language) }, e.UserId,
            e.EventId, cancellationToken);
    }
}
