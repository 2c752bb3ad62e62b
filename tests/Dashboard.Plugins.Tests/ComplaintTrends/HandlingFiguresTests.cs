using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.Tests.Support;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>Backlog and its age, reaction and resolution medians and the service promise, worked out by hand.</summary>
public sealed class HandlingFiguresTests
{
    [Fact]
    public async Task Backlog_AtTheWindowsEnd_CountsOpenComplaintsByWholeDaysOfAge()
    {
        // Now: Monday 2 March 15:00.
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            1,2026-03-02 09:00,,,A
            2,2026-02-27 15:00,,,A
            3,2026-02-27 15:01,,,A
            4,2026-02-22 15:00,,,A
            5,2026-01-30 15:00,,,A
            6,2026-02-01 15:00,,,A
            7,2026-03-02 08:00,,2026-03-02 12:00,A
            8,2026-03-02 08:00,,2026-03-02 15:00,A
            9,2026-03-02 15:30,,,A
            """);

        var figures = scenario.Today();

        // Open at 15:00: 1 (0 days), 2 (exactly 3 x 24 h: 3 days), 3 (2 days 23 h 59 min: 2 days), 4 (8 days),
        // 5 (31 days), 6 (29 days), 8 (closed at 15:00, which has not happened yet: 0 days). 7 is closed; 9 not arrived.
        Assert.Equal(7.0, figures.Overall(ComplaintMetrics.OpenComplaints).Value);
        Assert.Equal(3.0, figures.For(ComplaintMetrics.OpenComplaints, ComplaintMetrics.AgeDimension, "0-2 d").Value);
        Assert.Equal(1.0, figures.For(ComplaintMetrics.OpenComplaints, ComplaintMetrics.AgeDimension, "3-7 d").Value);
        Assert.Equal(2.0, figures.For(ComplaintMetrics.OpenComplaints, ComplaintMetrics.AgeDimension, "8-30 d").Value);
        Assert.Equal(1.0, figures.For(ComplaintMetrics.OpenComplaints, ComplaintMetrics.AgeDimension, "over 30 d").Value);
    }

    [Fact]
    public async Task MedianReaction_OfTheRepliesGivenToday_IsTheMeanOfTheTwoMiddleOnes()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            a,2026-02-27 10:00,2026-03-02 10:00,,A
            b,2026-03-02 08:00,2026-03-02 09:30,,A
            c,2026-03-01 20:00,2026-03-02 08:00,,A
            f,2026-03-02 09:00,2026-03-02 13:00,,A
            d,2026-03-02 09:00,2026-03-02 16:00,,A
            e,2026-03-01 20:00,2026-03-01 23:00,,A
            """);

        var figure = scenario.Today().Overall(ComplaintMetrics.MedianReactionHours);

        // Replies today before 15:00: a 72 h (Fri 10:00 to Mon 10:00), b 1.5 h, c 12 h, f 4 h.
        // d replies at 16:00 (not yet), e replied yesterday. Sorted 1.5, 4, 12, 72: median (4 + 12) / 2 = 8 h.
        Assert.Equal((8.0, 4), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task MedianResolution_OfTheComplaintsClosedToday_IsTheMiddleOne()
    {
        var scenario = new ComplaintScenario(LocalClock.MondayAt(15));
        await scenario.AddAsync("""
            a,2026-02-27 10:00,,2026-03-02 12:00,A
            b,2026-03-02 08:00,,2026-03-02 14:00,A
            g,2026-02-20 12:00,,2026-03-02 12:00,A
            h,2026-02-20 12:00,,2026-03-01 12:00,A
            """);

        var figure = scenario.Today().Overall(ComplaintMetrics.MedianResolutionDays);

        // Closed today: a 3 days 2 h = 74 / 24 days, b 6 h = 0.25 days, g 10 days; h closed yesterday.
        // Sorted 0.25, 74/24, 10: median 74 / 24 = 3.0833 days.
        Assert.Equal(74.0 / 24, figure.Value!.Value, 9);
        Assert.Equal(3, figure.Basis);
    }

    [Fact]
    public async Task AnsweredWithinPromise_Today_CountsAnswersGivenAndDeadlinesPassedToday()
    {
        // Now: Tuesday 3 March 15:00; promise 5 working days.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 3, 3), 15));
        await scenario.AddAsync("""
            p1,2026-02-23 10:00,,,A
            p2,2026-02-23 11:00,2026-03-02 16:00,,A
            p3,2026-02-24 09:00,2026-03-03 10:00,,A
            p4,2026-02-23 12:00,2026-03-03 09:00,,A
            p5,2026-02-25 09:00,,,A
            p6,2026-03-03 08:00,2026-03-03 08:30,,A
            p7,2026-02-24 09:00,2026-03-03 16:00,,A
            """);

        var figure = scenario.Today().Overall(ComplaintMetrics.AnsweredWithinPromisePercent);

        // Deadlines: received Mon 23 Feb -> Tue 24, Wed 25, Thu 26, Fri 27, Mon 2 -> due Tue 3 Mar 00:00;
        // Tue 24 Feb -> due Wed 4 Mar 00:00; Wed 25 Feb -> due Thu 5 Mar 00:00; Tue 3 Mar -> due Wed 11 Mar 00:00.
        // p1: unanswered, deadline Tue 00:00 passed today -> late. p2: answered Mon 16:00 in time -> decided yesterday.
        // p3: answered today in time -> kept. p4: answered today after its deadline -> late, decided at Tue 00:00.
        // p5: not due yet -> undecided. p6: answered today in time -> kept. p7: reply at 16:00 has not happened, not due.
        // Decided today: p1, p3, p4, p6; kept p3, p6: 2 / 4 = 50 %.
        Assert.Equal((50.0, 4), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task AnsweredWithinPromise_AcrossMidsummer_TheEveIsNoWorkingDay()
    {
        // Promise 2 working days. Received Wed 17 June 2026: Thu 18 (1), Mon 22 (2) -> due Tue 23 June 00:00.
        // Now Monday 22 June 18:00: the reply on Monday 22 at 14:00 is in time.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 6, 22), 18), """{ "promiseWorkingDays": 2 }""");
        await scenario.AddAsync("m,2026-06-17 10:00,2026-06-22 14:00,,A\n");

        var figure = scenario.Today().Overall(ComplaintMetrics.AnsweredWithinPromisePercent);

        Assert.Equal((100.0, 1), (figure.Value, figure.Basis));
    }

    [Fact]
    public async Task AnsweredWithinPromise_AcrossChristmas_UnansweredBecomesLateAtMidnightAfterTheLastWorkingDay()
    {
        // Promise 3: received Tue 22 Dec 2026 -> Wed 23 (1), Mon 28 (2), Tue 29 (3) -> due Wed 30 Dec 00:00.
        var scenario = new ComplaintScenario(LocalClock.Helsinki(new DateOnly(2026, 12, 30), 0, 30), """{ "promiseWorkingDays": 3 }""");
        await scenario.AddAsync("x,2026-12-22 09:00,,,A\n");

        var today = scenario.Today().Overall(ComplaintMetrics.AnsweredWithinPromisePercent);
        var dayBefore = scenario.Since(LocalClock.Helsinki(new DateOnly(2026, 12, 29), 0), "29 Dec")
            .Overall(ComplaintMetrics.AnsweredWithinPromisePercent);

        // Today (from Wed 30 Dec 00:00) the deadline has passed: 0 of 1 kept.
        Assert.Equal((0.0, 1), (today.Value, today.Basis));
        // A window from Tue 29 Dec 00:00 to now holds the same deadline, decided once: still 1.
        Assert.Equal(1, dayBefore.Basis);
    }
}
