using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Modular.ClientPortal.Application.Expiry;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// Reminds each active client user of the company, in their language, of the documents of the event
/// they have not downloaded, with the date each will be deleted. The key names the user, the window
/// and the documents reminded: each user is written to once per reminder.
/// </summary>
internal sealed class PortalExpiryReminderIntegrationEventHandler(PortalDbContext context, TimeProvider time, ReminderLetters letters, PortalMessages messages)
    : IdempotentIntegrationEventHandler<PortalExpiryReminderIntegrationEvent, PortalDbContext>(context, time)
{
    public const string Template = "portal.expiry-reminder";

    /// <summary>The user, the window (30 or 7 days) and a digest of the documents' ids in order.</summary>
    public static string KeyOf(Guid userId, int daysBefore, IEnumerable<Guid> documentIds)
    {
        var set = string.Join(",", documentIds.Order());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(set)))[..32];
        return $"portal-expiry:{userId}:{daysBefore.ToString(CultureInfo.InvariantCulture)}:{hash}";
    }

    protected override async Task HandleOnceAsync(PortalExpiryReminderIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        await messages.SendEachAsync(
            Template, await letters.ForAsync(e.CompanyId, [.. e.DocumentIds], cancellationToken), withDeletion: true,
            _ => ("days", e.DaysBefore.ToString(CultureInfo.InvariantCulture)),
            letter => KeyOf(letter.UserId, e.DaysBefore, e.DocumentIds), cancellationToken);
    }
}
