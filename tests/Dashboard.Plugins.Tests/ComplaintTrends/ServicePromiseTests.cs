using Dashboard.Plugins.ComplaintTrends.Figures;
using Dashboard.Plugins.Tests.Support;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

public sealed class ServicePromiseTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void Deadline_FridayAfternoonAcrossAWeekend_IsTheEndOfTheNextFriday()
    {
        // Received Fri 6 March 16:00; the arrival day does not count: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13 (5).
        // The deadline is the end of Friday 13, i.e. Saturday 14 March 00:00 local.
        var deadline = new ServicePromise(5, Helsinki).Deadline(LocalClock.Helsinki(new DateOnly(2026, 3, 6), 16));

        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 3, 14), 0), deadline);
    }

    [Fact]
    public void Deadline_AcrossMidsummer_SkipsMidsummerEveAndDay()
    {
        // Received Wed 17 June 10:00, promise 2: Thu 18 (1), Midsummer Eve Fri 19 and Midsummer Day Sat 20 and Sun 21
        // skipped, Mon 22 (2): due by Tuesday 23 June 00:00 (UTC+3 in summer). Without the Eve it would be Saturday 00:00.
        var deadline = new ServicePromise(2, Helsinki).Deadline(LocalClock.Helsinki(new DateOnly(2026, 6, 17), 10));

        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 6, 23), 0), deadline);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 21, 0, 0, TimeSpan.Zero), deadline);
    }

    [Fact]
    public void Deadline_AcrossChristmas_SkipsChristmasEveChristmasAndStStephensDay()
    {
        // Received Tue 22 Dec 09:00, promise 3: Wed 23 (1), 24-27 skipped, Mon 28 (2), Tue 29 (3): due by Wed 30 Dec 00:00.
        var deadline = new ServicePromise(3, Helsinki).Deadline(LocalClock.Helsinki(new DateOnly(2026, 12, 22), 9));

        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 12, 30), 0), deadline);
    }

    [Fact]
    public void Deadline_ArrivalJustBeforeMidnight_CountsFromTheNextDay()
    {
        // A minute apart, a working day apart: Mon 2 March 23:59 is due by the end of Tue 3 (Wed 4 00:00),
        // Tue 3 March 00:00 by the end of Wed 4 (Thu 5 00:00).
        var promise = new ServicePromise(1, Helsinki);

        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 3, 4), 0), promise.Deadline(LocalClock.MondayAt(23, 59)));
        Assert.Equal(LocalClock.Helsinki(new DateOnly(2026, 3, 5), 0), promise.Deadline(LocalClock.Helsinki(new DateOnly(2026, 3, 3), 0)));
    }

    [Fact]
    public void Outcome_RepliedInTimeLateOrNotAtAll_IsDecidedAtTheReplyOrTheDeadline()
    {
        var promise = new ServicePromise(1, Helsinki);
        var received = LocalClock.MondayAt(10);
        var deadline = LocalClock.Helsinki(new DateOnly(2026, 3, 4), 0);
        var onTime = new ComplaintView(received, LocalClock.Helsinki(new DateOnly(2026, 3, 3), 23, 59), null, "A");
        var late = new ComplaintView(received, deadline.AddMinutes(1), null, "A");
        var open = new ComplaintView(received, null, null, "A");

        Assert.Equal((LocalClock.Helsinki(new DateOnly(2026, 3, 3), 23, 59), true), promise.Outcome(onTime, deadline.AddDays(1)));
        Assert.Equal((deadline, false), promise.Outcome(late, deadline.AddDays(1)));
        Assert.Equal((deadline, false), promise.Outcome(open, deadline.AddSeconds(1)));
        // Still open and not yet due: undecided.
        Assert.Null(promise.Outcome(open, deadline));
    }
}
