using Modular.ClientPortal.Domain.Documents;

namespace Modular.UnitTests.ClientPortal;

public sealed class RetentionTests
{
    private static readonly DateTimeOffset Published = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_document_leaves_the_portal_after_the_configured_days()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 9, 30, 0, TimeSpan.Zero), Retention.ExpiresAt(Published, 365));
        Assert.Equal(new DateTimeOffset(2026, 1, 22, 9, 30, 0, TimeSpan.Zero), Retention.ExpiresAt(Published, 7));
    }

    [Theory]
    [InlineData(0, 365)]
    [InlineData(1, 364)]
    [InlineData(364, 1)]
    [InlineData(364.99, 1)]
    [InlineData(365, 0)]
    [InlineData(400, 0)]
    public void Days_left_are_counted_up_to_the_next_whole_day(double daysAfter, int left) =>
        Assert.Equal(left, Retention.DaysLeft(Retention.ExpiresAt(Published, 365), Published.AddDays(daysAfter)));

    [Theory]
    [InlineData(40, null, null)]
    [InlineData(30, null, 30)]
    [InlineData(20, null, 30)]
    [InlineData(20, 30, null)]
    [InlineData(7, 30, 7)]
    [InlineData(3, null, 7)]
    [InlineData(3, 7, null)]
    [InlineData(0, null, null)]
    public void Reminders_go_thirty_and_seven_days_before_once_each(int daysLeft, int? last, int? due)
    {
        var expires = Published.AddDays(365);
        Assert.Equal(due, Retention.ReminderDue(expires, expires.AddDays(-daysLeft), last));
    }
}
