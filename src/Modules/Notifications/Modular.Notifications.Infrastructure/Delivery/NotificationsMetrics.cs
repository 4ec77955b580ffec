using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Metrics;

namespace Modular.Notifications.Infrastructure.Delivery;

/// <summary>
/// The module's instruments (meter <c>Modular.Notifications</c>): each message a delivery worker
/// tried, by channel and outcome, and how many wait to be delivered, counted when read.
/// </summary>
internal sealed class NotificationsMetrics
{
    private readonly Counter<long> _messages;

    public NotificationsMetrics(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(NotificationsModule.MeterName);
        _messages = meter.CreateCounter<long>("modular.notifications.messages", "{message}", "Messages tried by the delivery workers, by channel and outcome: delivered, retry (to be tried again) or failed (given up).");
        meter.CreateObservableGauge("modular.notifications.queue", () => Waiting(scopes), "{message}", "Messages waiting to be delivered: pending, or claimed by a worker and not yet sent.");
    }

    public void Tried(DeliveryChannel channel, string outcome) =>
        _messages.Add(1, new KeyValuePair<string, object?>("modular.channel", channel.ToString()), new KeyValuePair<string, object?>("modular.outcome", outcome));

    private static IEnumerable<Measurement<long>> Waiting(IServiceScopeFactory scopes) =>
        DatabaseGauge.Measure(scopes, services => services.GetRequiredService<NotificationsDbContext>().Messages
            .Count(m => m.Status == DeliveryStatus.Pending || m.Status == DeliveryStatus.Sending));
}
