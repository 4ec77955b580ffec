using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>
/// Mails a new mandatary's credentials split in two: the username to the mandator's address, the
/// temporary password to the mandatary's. Each message says where the other half went, and neither
/// holds both.
/// </summary>
internal sealed class MandataryCredentialsIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IdentityMessages messages)
    : IdempotentIntegrationEventHandler<MandataryCredentialsIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string UserNameTemplate = "identity.mandatary-username";
    public const string PasswordTemplate = "identity.mandatary-password";

    protected override async Task HandleOnceAsync(MandataryCredentialsIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var service = e.Language == "en" ? e.ServiceEnglish : e.ServiceFrench;
        var common = new Dictionary<string, string>
        {
            ["mandatary_name"] = e.MandataryName,
            ["mandator_name"] = e.MandatorName,
            ["service"] = service,
        };
        await messages.EmailAsync(
            UserNameTemplate, e.Language, e.MandatorEmail, new Dictionary<string, string>(common) { ["username"] = e.UserName }, e.UserId, e.EventId, cancellationToken);

        // A second key of its own: the two messages are two sends of one event.
        await messages.EmailAsync(
            PasswordTemplate, e.Language, e.MandataryEmail, new Dictionary<string, string>(common) { ["password"] = messages.Reveal(e.ProtectedPassword, e.EventId) },
            e.UserId, PasswordKey(e.EventId), cancellationToken);
    }

    private static Guid PasswordKey(Guid eventId)
    {
        var bytes = eventId.ToByteArray();
        bytes[^1] ^= 0xFF;
        return new Guid(bytes);
    }
}
