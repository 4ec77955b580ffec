using System.Globalization;
using Modular.ClientPortal.Application.Digests;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// Emails the day's digest to each active client user of a company with new documents, in their
/// language, once per user and day (the key names both: a redelivered event, a second Host or a
/// day queued again never sends a second one). No new documents, no email.
/// </summary>
internal sealed class PortalDigestDueIntegrationEventHandler(PortalDbContext context, TimeProvider time, DigestLetters letters, PortalMessages messages)
    : IdempotentIntegrationEventHandler<PortalDigestDueIntegrationEvent, PortalDbContext>(context, time)
{
    public const string Template = "portal.digest";

    public static string KeyOf(Guid userId, DateOnly day) => $"portal-digest:{userId}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    protected override async Task HandleOnceAsync(PortalDigestDueIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        await messages.SendEachAsync(
            Template, await letters.ForAsync(e.From, e.To, cancellationToken), withDeletion: false,
            language => ("since", messages.Time.DateAndTime(e.From, language)),
            letter => KeyOf(letter.UserId, e.Day), cancellationToken);
    }
}
