using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>Figures of small hand-made scenarios; every expected value is worked out in the comments.</summary>
public sealed class QueueFigureTests
{
    private static readonly DateTimeOffset Nine = LocalClock.MondayAt(9);
    private static readonly FigureWindow LastHour = QueueTimesKit.Window(Nine, QueueTimesKit.MondayTen, "60m");

    // Ten answered calls entering from 09:00 every four minutes with waits 5, 10, 15, 20, 25, 30, 40, 60, 90 and 120 s;
    // two abandons after 8 s and 50 s; one timeout after 300 s; three callers waiting at 10:00: since 09:58:00,
    // 09:59:30, and since 09:59:00 (answered at 10:00:30, after the window's end, so still waiting at 10:00).
    private static readonly int[] AnsweredWaits = [5, 10, 15, 20, 25, 30, 40, 60, 90, 120];

    [Fact]
    public async Task Compute_TenCallsWithKnownWaits_HandWorkedFigures()
    {
        var (harness, settings) = await TenCallsAsync(QueueTimesKit.PushSettings);

        var figures = harness.Compute(settings, LastHour);

        var support = (string metric) => figures.For(metric, QueueMetrics.QueueDimension, "support");
        // Mean: (5+10+15+20+25+30+40+60+90+120) / 10 = 415 / 10 = 41.5 s = 41.5 / 60 min.
        Assert.Equal(41.5 / 60, support(QueueMetrics.WaitMinutes).Value!.Value, 9);
        // Median of an even count: the mean of the fifth and sixth smallest waits, (25 + 30) / 2 = 27.5 s.
        Assert.Equal(27.5 / 60, support(QueueMetrics.MedianWaitMinutes).Value!.Value, 9);
        // 90th percentile: rank ceil(90 × 10 / 100) = 9, the ninth smallest, 90 s = 1.5 min.
        Assert.Equal(1.5, support(QueueMetrics.P90WaitMinutes).Value!.Value, 9);
        // Within 20 s: 5, 10, 15 and 20 s (the target is inclusive) = 4; offered = 10 answered + 2 abandoned + 1 timeout = 13.
        Assert.Equal((100.0 * 4 / 13, 13), (support(QueueMetrics.ServiceLevelPercent).Value!.Value, support(QueueMetrics.ServiceLevelPercent).Basis!.Value));
        // Abandoned: 2 of 13 offered.
        Assert.Equal(100.0 * 2 / 13, support(QueueMetrics.AbandonedPercent).Value!.Value, 9);
        Assert.Equal(10, support(QueueMetrics.Answered).Value);
        // Waiting at 10:00: three callers, the longest since 09:58:00, 120 s = 2 min.
        Assert.Equal((3, 2.0), (support(QueueMetrics.QueueLength).Value!.Value, support(QueueMetrics.LongestWaitMinutes).Value!.Value));
        Assert.Equal((1, 0), (support(QueueMetrics.OpenPositions).Value!.Value, support(QueueMetrics.WaitingAtClosedPoints).Value!.Value));
        Assert.Equal(1, figures.Overall(QueueMetrics.OpenServicePoints).Value);
        Assert.DoesNotContain(figures, figure => figure.MetricKey == QueueMetrics.NoShowPercent && figure.Dimensions is { Count: > 0 });
    }

    [Fact]
    public async Task Compute_ShortAbandonsIgnored_LeaveEveryFigure()
    {
        var (harness, settings) = await TenCallsAsync("""{ "source": "push", "shortAbandonSeconds": 10 }""");

        var figures = harness.Compute(settings, LastHour);

        // The 8 s abandon is shorter than 10 s and ignored: offered = 10 + 1 + 1 = 12.
        Assert.Equal(100.0 * 4 / 12, figures.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value, 9);
        Assert.Equal(100.0 * 1 / 12, figures.Overall(QueueMetrics.AbandonedPercent).Value!.Value, 9);
    }

    [Fact]
    public async Task Compute_AbandonsNotCountedInServiceLevel_OnlyAnsweredInTheDenominator()
    {
        var (harness, settings) = await TenCallsAsync("""{ "source": "push", "serviceLevelCountsAbandoned": false, "callTargetSeconds": 30 }""");

        var figures = harness.Compute(settings, LastHour);

        // Within 30 s: 5, 10, 15, 20, 25, 30 = 6 of the 10 answered.
        Assert.Equal(60.0, figures.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value, 9);
    }

    [Fact]
    public async Task Compute_VisitsAndCalls_PerServicePointAndOverall()
    {
        var (harness, settings) = await TenCallsAsync(QueueTimesKit.PushSettings);
        // City hall: counter open from 08:00; visits called after 5, 10, 20 and 30 min, one of them (the 20 min one) a
        // no-show, the others served by 10:00; one visitor removed after 40 min of waiting.
        await harness.ReceiveAsync(settings, "application/x-ndjson", string.Join('\n',
            Visit("SERVICE_POINT_OPEN", Nine.AddHours(-1), null),
            Visit("VISIT_CREATE", Nine, 1), Visit("VISIT_CALL", Nine.AddMinutes(5), 1), Visit("VISIT_END", Nine.AddMinutes(9), 1),
            Visit("VISIT_CREATE", Nine, 2), Visit("VISIT_CALL", Nine.AddMinutes(10), 2), Visit("VISIT_END", Nine.AddMinutes(15), 2),
            Visit("VISIT_CREATE", Nine, 3), Visit("VISIT_CALL", Nine.AddMinutes(20), 3), Visit("VISIT_NOSHOW", Nine.AddMinutes(22), 3),
            Visit("VISIT_CREATE", Nine, 4), Visit("VISIT_CALL", Nine.AddMinutes(30), 4), Visit("VISIT_END", Nine.AddMinutes(38), 4),
            Visit("VISIT_CREATE", Nine, 5), Visit("VISIT_REMOVE", Nine.AddMinutes(40), 5)));

        var figures = harness.Compute(settings, LastHour);

        var cityHall = (string metric) => figures.For(metric, QueueMetrics.ServicePointDimension, "City hall").Value!.Value;
        // Mean (5 + 10 + 20 + 30) / 4 = 16.25 min; median (10 + 20) / 2 = 15 min; p90 rank ceil(90 × 4 / 100) = 4: 30 min.
        Assert.Equal((16.25, 15.0, 30.0), (cityHall(QueueMetrics.WaitMinutes), cityHall(QueueMetrics.MedianWaitMinutes), cityHall(QueueMetrics.P90WaitMinutes)));
        // Within 15 min: 5 and 10 = 2 of 4 called + 1 removed = 5: 40 %. Abandoned 1 of 5: 20 %. No-shows 1 of 4 called and ended: 25 %.
        Assert.Equal((40.0, 20.0, 25.0), (cityHall(QueueMetrics.ServiceLevelPercent), cityHall(QueueMetrics.AbandonedPercent), cityHall(QueueMetrics.NoShowPercent)));
        // Overall: within target 4 calls + 2 visits = 6 of 13 + 5 = 18; answered 10 + 4 = 14; waiting 3 + 0 = 3.
        Assert.Equal(100.0 * 6 / 18, figures.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value, 9);
        Assert.Equal((14, 3, 2), (figures.Overall(QueueMetrics.Answered).Value!.Value, figures.Overall(QueueMetrics.QueueLength).Value!.Value, figures.Overall(QueueMetrics.OpenServicePoints).Value!.Value));
        // No-shows overall come from the visits alone: 1 of 4.
        Assert.Equal(25.0, figures.Overall(QueueMetrics.NoShowPercent).Value);
    }

    [Fact]
    public async Task Compute_SameWindowAtAnEarlierInstant_LaterEventsHaveNotHappened()
    {
        var (harness, settings) = await TenCallsAsync(QueueTimesKit.PushSettings);

        var figures = harness.Compute(settings, QueueTimesKit.Window(Nine, Nine.AddMinutes(10)));

        // At 09:10 the calls entering at 09:00 (5 s), 09:04 (10 s) and 09:08 (15 s) were answered; the abandons and the
        // timeout (entering from 09:40) had not happened, so all three answered within 20 s: 100 %.
        Assert.Equal((3, 100.0), (figures.Overall(QueueMetrics.Answered).Value!.Value, figures.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value));
        Assert.Equal(0, figures.Overall(QueueMetrics.QueueLength).Value);
    }

    [Fact]
    public async Task Compute_CallOfferedBeforeTheWindow_CountsInTheWindowItEntered()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        // Entered 08:59:30, answered 09:00:30 (60 s); entered 09:30:00, answered 09:30:10 (10 s); entered 09:59:50 and
        // abandoned 10:00:20, after the 09:00-10:00 window's end.
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n',
            QueueTimesKit.Staffed(Nine.AddHours(-1)),
            QueueTimesKit.Line(Nine.AddSeconds(-30), "e.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddSeconds(30), "e.1", "support", "PJSIP/1001", "CONNECT", "60", "b", "1"),
            QueueTimesKit.Line(Nine.AddMinutes(30), "e.2", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(30).AddSeconds(10), "e.2", "support", "PJSIP/1001", "CONNECT", "10", "b", "1"),
            QueueTimesKit.Line(Nine.AddMinutes(60).AddSeconds(-10), "e.3", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(60).AddSeconds(20), "e.3", "support", "NONE", "ABANDON", "1", "1", "30")));

        var earlyHour = harness.Compute(settings, QueueTimesKit.Window(Nine.AddHours(-1), Nine));
        var nineToTen = harness.Compute(settings, LastHour);
        var nineToEleven = harness.Compute(settings, QueueTimesKit.Window(Nine, Nine.AddHours(2)));

        // 08:00-09:00 seen at 09:00: e.1 was offered then but is still waiting (30 s), so no outcome counts yet.
        Assert.Equal((0, 1), (earlyHour.Overall(QueueMetrics.Answered).Value!.Value, earlyHour.Overall(QueueMetrics.QueueLength).Value!.Value));
        // 09:00-10:00 seen at 10:00: only e.2 (offered 09:30, answered within 20 s) counts; e.1 belongs to the hour it
        // entered, e.3 is still waiting. Answered 1, mean wait 10 s, service level 1 / 1 = 100 %, abandoned 0 / 1 = 0 %.
        Assert.Equal((1, 10.0 / 60, 100.0, 0.0), (
            nineToTen.Overall(QueueMetrics.Answered).Value!.Value, nineToTen.Overall(QueueMetrics.WaitMinutes).Value!.Value,
            nineToTen.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value, nineToTen.Overall(QueueMetrics.AbandonedPercent).Value!.Value));
        // 09:00-11:00 seen at 11:00: e.2 answered and e.3 abandoned (30 s) are both offered in it: abandoned 1 / 2 = 50 %.
        Assert.Equal(50.0, nineToEleven.Overall(QueueMetrics.AbandonedPercent).Value!.Value, 9);
    }

    [Fact]
    public async Task Compute_NothingOfferedInTheWindow_NoDataNotZero()
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(QueueTimesKit.PushSettings);
        await harness.ReceiveAsync(settings, "text/plain", QueueTimesKit.Staffed(Nine));

        var figures = harness.Compute(settings, LastHour);

        Assert.All(
            new[] { QueueMetrics.WaitMinutes, QueueMetrics.MedianWaitMinutes, QueueMetrics.P90WaitMinutes, QueueMetrics.ServiceLevelPercent, QueueMetrics.AbandonedPercent, QueueMetrics.NoShowPercent },
            metric => Assert.Equal(FigureState.NoData, figures.Overall(metric).State));
        Assert.Equal((0, 0), (figures.Overall(QueueMetrics.QueueLength).Value!.Value, figures.Overall(QueueMetrics.LongestWaitMinutes).Value!.Value));
    }

    private static async Task<(Dashboard.Sdk.Testing.RecordPluginHarness<QueueTimesPlugin> Harness, object Settings)> TenCallsAsync(string settingsJson)
    {
        var harness = QueueTimesKit.Harness();
        var settings = harness.BindSettings(settingsJson);
        var lines = new List<string> { QueueTimesKit.Staffed(Nine.AddHours(-1)) };
        for (var call = 0; call < AnsweredWaits.Length; call++)
        {
            var entered = Nine.AddMinutes(4 * call);
            lines.Add(QueueTimesKit.Line(entered, $"a.{call}", "support", "NONE", "ENTERQUEUE", "", "x"));
            lines.Add(QueueTimesKit.Line(entered.AddSeconds(AnsweredWaits[call]), $"a.{call}", "support", "PJSIP/1001", "CONNECT", "0", "b", "1"));
        }

        lines.AddRange(
        [
            QueueTimesKit.Line(Nine.AddMinutes(41), "x.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(41).AddSeconds(8), "x.1", "support", "NONE", "ABANDON", "1", "1", "8"),
            QueueTimesKit.Line(Nine.AddMinutes(42), "x.2", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(42).AddSeconds(50), "x.2", "support", "NONE", "ABANDON", "1", "1", "50"),
            QueueTimesKit.Line(Nine.AddMinutes(43), "x.3", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(48), "x.3", "support", "NONE", "EXITWITHTIMEOUT", "1", "1", "300"),
            QueueTimesKit.Line(Nine.AddMinutes(58), "w.1", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(59).AddSeconds(30), "w.2", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(59), "w.3", "support", "NONE", "ENTERQUEUE", "", "x"),
            QueueTimesKit.Line(Nine.AddMinutes(60).AddSeconds(30), "w.3", "support", "PJSIP/1001", "CONNECT", "90", "b", "1"),
        ]);
        await harness.ReceiveAsync(settings, "text/plain", string.Join('\n', lines));
        return (harness, settings);
    }

    private static string Visit(string name, DateTimeOffset time, int? visitId) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            eventName = name,
            eventTime = time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            visitId,
            branchName = "City hall",
            servicePointName = "Counter 1",
        });
}
