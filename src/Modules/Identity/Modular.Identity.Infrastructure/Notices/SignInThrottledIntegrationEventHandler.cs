using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Text;

namespace Modular.Identity.Infrastructure.Notices;

/// <summary>Tells an account's owner, in their language, that sign-ins to it are being refused, and from where.</summary>
internal sealed class SignInThrottledIntegrationEventHandler(IdentityDbContext context, TimeProvider time, IdentityMessages messages)
    : IdempotentIntegrationEventHandler<SignInThrottledIntegrationEvent, IdentityDbContext>(context, time)
{
    public const string Template = "identity.sign-in-throttled";

    protected override Task HandleOnceAsync(SignInThrottledIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.EmailAsync(
            Template, e.Language, e.Email,
            new Dictionary<string, string>
            {
                ["email"] = e.Email,
                ["address"] = e.RemoteAddress ?? "",
                ["at"] = messages.Time.DateAndTime(e.OccurredAt, Languages.Of(e.Language)),
            },
            e.UserId, e.EventId, cancellationToken);
    }
}
