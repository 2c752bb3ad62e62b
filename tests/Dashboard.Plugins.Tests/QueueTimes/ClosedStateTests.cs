using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>A closed service point or unstaffed queue reads Closed, never 0, and people left waiting there stand out.</summary>
public sealed class ClosedStateTests
{
    private static readonly DateTimeOffset Two = LocalClock.MondayAt(2);

    [Fact]
    public async Task Compute_AtNightAfterTheMembersLeft_ClosedNotZero()
    {
        var harness = QueueTimesKit.Harness(Two);
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        var sundayMorning = LocalClock.Helsinki(new DateOnly(2026, 3, 1), 8);
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Staffed(sundayMorning),
            QueueTimesKit.Line(sundayMorning.AddHours(9), "NONE", "support", "PJSIP/1001", "REMOVEMEMBER", "")));

        var figures = harness.Compute(settings, QueueTimesKit.Window(sundayMorning, Two));

        Assert.All(figures.Where(figure => figure.MetricKey != QueueMetrics.WaitingAtClosedPoints), figure => Assert.Equal(FigureState.Closed, figure.State));
        Assert.All(figures.Where(figure => figure.MetricKey == QueueMetrics.WaitingAtClosedPoints), figure => Assert.Equal(0, figure.Value));
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.QueueLength, QueueMetrics.QueueDimension, "support").State);
    }

    [Fact]
    public async Task Compute_EveningAfterClosing_WhatTheDaySawStaysAndWhatIsNowReadsClosed()
    {
        var eight = LocalClock.MondayAt(8);
        var harness = QueueTimesKit.Harness(LocalClock.MondayAt(19));
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        // Staffed 08:00-16:00; two calls answered after waits of 10 s and 50 s; only the first is within the 20 s target.
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Staffed(eight),
            QueueTimesKit.Line(eight.AddHours(1), "2.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(eight.AddHours(1).AddSeconds(10), "2.1", "support", "PJSIP/1001", "CONNECT", "10", "b", "1"),
            QueueTimesKit.Line(eight.AddHours(2), "2.2", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(eight.AddHours(2).AddSeconds(50), "2.2", "support", "PJSIP/1001", "CONNECT", "50", "b", "1"),
            QueueTimesKit.Line(eight.AddHours(8), "NONE", "support", "PJSIP/1001", "REMOVEMEMBER", "")));

        var evening = harness.Compute(settings, QueueTimesKit.Window(LocalClock.MondayAt(0), LocalClock.MondayAt(19)));
        var nextNight = harness.Compute(settings, QueueTimesKit.Window(LocalClock.MondayAt(0).AddDays(1), LocalClock.MondayAt(2).AddDays(1)));

        // At 19:00 the queue is closed: nobody can be waiting there now, but the day's answers stand:
        // answered 2, mean wait (10 + 50) / 2 = 30 s = 0.5 min, service level 1 of 2 within 20 s = 50 %.
        Assert.Equal(FigureState.Closed, evening.Overall(QueueMetrics.QueueLength).State);
        Assert.Equal(FigureState.Closed, evening.Overall(QueueMetrics.LongestWaitMinutes).State);
        Assert.Equal((2.0, 0.5, 50.0), (
            evening.Overall(QueueMetrics.Answered).Value!.Value,
            evening.Overall(QueueMetrics.WaitMinutes).Value!.Value,
            evening.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value));
        // After midnight the new day has seen nothing: closed, not 0 answered and not a dash.
        Assert.Equal(FigureState.Closed, nextNight.Overall(QueueMetrics.Answered).State);
        Assert.Equal(FigureState.Closed, nextNight.Overall(QueueMetrics.WaitMinutes).State);
    }

    [Fact]
    public async Task Compute_CallerWaitingWithNobodyLoggedIn_CountedAsWaitingAtAClosedPoint()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Staffed(QueueTimesKit.MondayTen.AddHours(-2), "sales"),
            QueueTimesKit.Line(QueueTimesKit.MondayTen.AddMinutes(-5), "1.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(QueueTimesKit.MondayTen.AddMinutes(-3), "1.2", "sales", "NONE", "ENTERQUEUE", "", "x")));

        var figures = harness.Compute(settings, QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-1), QueueTimesKit.MondayTen));

        // support: nobody logged in, one caller waiting: closed, and that caller waits where nobody serves.
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.QueueLength, QueueMetrics.QueueDimension, "support").State);
        Assert.Equal(1, figures.For(QueueMetrics.WaitingAtClosedPoints, QueueMetrics.QueueDimension, "support").Value);
        // sales is staffed, so overall is open: 1 of 2 queues open, 2 waiting in all (3 min at sales, 5 at support), 1 of them unserved.
        Assert.Equal((1, 2, 5.0, 1), (
            figures.Overall(QueueMetrics.OpenServicePoints).Value!.Value,
            figures.Overall(QueueMetrics.QueueLength).Value!.Value,
            figures.Overall(QueueMetrics.LongestWaitMinutes).Value!.Value,
            figures.Overall(QueueMetrics.WaitingAtClosedPoints).Value!.Value));
    }

    [Fact]
    public async Task Compute_AllMembersPaused_QueueIsUnstaffed()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Staffed(QueueTimesKit.MondayTen.AddHours(-2)),
            QueueTimesKit.Line(QueueTimesKit.MondayTen.AddMinutes(-30), "NONE", "support", "PJSIP/1001", "PAUSE", "lunch")));

        var paused = harness.Compute(settings, QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-1), QueueTimesKit.MondayTen));
        var beforePause = harness.Compute(settings, QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-2), QueueTimesKit.MondayTen.AddHours(-1)));

        Assert.Equal(FigureState.Closed, paused.Overall(QueueMetrics.OpenServicePoints).State);
        Assert.Equal(1, beforePause.Overall(QueueMetrics.OpenPositions).Value);
    }

    [Fact]
    public void Compute_ListedPointsWithoutAnyRecord_ClosedTilesAtNight()
    {
        var harness = QueueTimesKit.Harness(Two);
        var settings = harness.BindSettings("""{ "source": "push", "servicePoints": ["City hall"], "queues": ["Phone line"] }""");

        var figures = harness.Compute(settings, QueueTimesKit.Window(Two.AddHours(-1), Two));

        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.WaitMinutes, QueueMetrics.ServicePointDimension, "City hall").State);
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.NoShowPercent, QueueMetrics.ServicePointDimension, "City hall").State);
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.WaitMinutes, QueueMetrics.QueueDimension, "Phone line").State);
        Assert.Equal(FigureState.Closed, figures.Overall(QueueMetrics.QueueLength).State);
    }

    [Fact]
    public void Compute_OpeningHoursSetting_DecidesWithoutStaffingEvents()
    {
        var night = QueueTimesKit.Harness(Two);
        var settings = night.BindSettings("""{ "source": "push", "openState": "openingHours", "queues": ["Phone line"] }""");

        var atTwo = night.Compute(settings, QueueTimesKit.Window(Two.AddHours(-1), Two));
        var atTen = night.Compute(settings, QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-1), QueueTimesKit.MondayTen));

        Assert.Equal(FigureState.Closed, atTwo.Overall(QueueMetrics.QueueLength).State);
        Assert.Equal((0, FigureState.NoData), (atTen.Overall(QueueMetrics.QueueLength).Value!.Value, atTen.Overall(QueueMetrics.OpenPositions).State));
    }

    [Fact]
    public async Task Compute_AlwaysOpenAndAWaitWithNoNewsForHalfADay_OpenAndNotWaiting()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings("""{ "source": "push", "openState": "alwaysOpen" }""");
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Line(QueueTimesKit.MondayTen.AddHours(-13), "lost.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(QueueTimesKit.MondayTen.AddHours(-11), "kept.1", "support", "NONE", "ENTERQUEUE", "", "x")));

        var figures = harness.Compute(settings, QueueTimesKit.Window(QueueTimesKit.MondayTen.AddHours(-1), QueueTimesKit.MondayTen));

        // The 13-hour wait is past the 12-hour stale limit (a restart lost it); the 11-hour one still counts: 660 min.
        Assert.Equal((1, 660.0), (figures.Overall(QueueMetrics.QueueLength).Value!.Value, figures.Overall(QueueMetrics.LongestWaitMinutes).Value!.Value));
    }
}
