using Modular.SharedKernel.Text;

namespace Modular.Delegation.Application.Services;

/// <summary>Days as the operator counts them (<c>Modular:TimeZone</c>): today, and the moment a mandate's last day ends.</summary>
internal sealed class DelegationCalendar(DisplayTime display)
{
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, display.Zone).DateTime);

    /// <summary>Midnight after <paramref name="lastDay"/>, in the operator's zone.</summary>
    public DateTimeOffset EndOf(DateOnly lastDay)
    {
        var midnight = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, display.Zone.GetUtcOffset(midnight));
    }
}
