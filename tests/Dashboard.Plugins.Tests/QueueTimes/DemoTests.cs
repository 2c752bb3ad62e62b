using Dashboard.Plugins.QueueTimes;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.QueueTimes;

/// <summary>The demo source: a simulated queue system and phone queue in the real formats, read by the real parsers.</summary>
public sealed class DemoTests
{
    private static readonly DateTimeOffset Rush = LocalClock.MondayAt(10, 30);

    [Fact]
    public async Task ReadAsync_MorningRush_OpenPointsWithPeopleWaitingAndNoProblems()
    {
        var harness = QueueTimesKit.Harness(Rush);
        var settings = harness.BindSettings("{}");

        var batch = await harness.ReadAsync(settings);
        var figures = harness.Compute(settings, harness.Today(QueueTimesKit.Helsinki));

        Assert.Empty(batch.Problems);
        Assert.Equal(Rush.ToString("O", System.Globalization.CultureInfo.InvariantCulture), batch.Checkpoint);
        Assert.Equal(3, figures.Overall(QueueMetrics.OpenServicePoints).Value);
        Assert.True(figures.Overall(QueueMetrics.QueueLength).Value > 0, "The rush should keep people waiting.");
        Assert.True(figures.Overall(QueueMetrics.Answered).Value > 50, "Two and a half hours of service should have answered many.");
        Assert.InRange(figures.Overall(QueueMetrics.ServiceLevelPercent).Value!.Value, 0, 100);
        Assert.Equal(0, figures.Overall(QueueMetrics.WaitingAtClosedPoints).Value);
        Assert.Equal(["City hall", "Library"], figures.Where(figure => figure.MetricKey == QueueMetrics.WaitMinutes && figure.Dimensions?.ContainsKey(QueueMetrics.ServicePointDimension) == true)
            .Select(figure => figure.Dimensions![QueueMetrics.ServicePointDimension]));
    }

    [Fact]
    public async Task ReadAsync_AtNight_EveryPointClosedNeverZero()
    {
        var harness = QueueTimesKit.Harness(LocalClock.MondayAt(2));
        var settings = harness.BindSettings("{}");

        await harness.ReadAsync(settings);
        var figures = harness.Compute(settings, harness.Last(TimeSpan.FromMinutes(60), QueueTimesKit.Helsinki, "60m"));

        Assert.All(figures.Where(figure => figure.MetricKey != QueueMetrics.WaitingAtClosedPoints), figure => Assert.Equal(FigureState.Closed, figure.State));
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.WaitMinutes, QueueMetrics.ServicePointDimension, "Library").State);
        Assert.Equal(FigureState.Closed, figures.For(QueueMetrics.QueueLength, QueueMetrics.QueueDimension, "Phone line").State);
    }

    [Fact]
    public async Task ReadAsync_StepByStepOrAllAtOnce_SameRecords()
    {
        var stepwise = QueueTimesKit.Harness(LocalClock.MondayAt(9));
        var settings = stepwise.BindSettings("{}");
        for (var step = 0; step < 6; step++)
        {
            await stepwise.ReadAsync(settings);
            stepwise.Time.Advance(TimeSpan.FromMinutes(15));
        }

        var once = QueueTimesKit.Harness(stepwise.Time.GetUtcNow());
        await once.ReadAsync(once.BindSettings("{}"));
        await stepwise.ReadAsync(settings);

        Assert.Equal(once.Snapshot(), stepwise.Snapshot());
    }

    [Fact]
    public async Task ReadAsync_ReadAgainFromScratch_SameRecordsAndFigures()
    {
        var harness = QueueTimesKit.Harness(Rush);
        var settings = harness.BindSettings("{}");
        await harness.ReadAsync(settings);
        var records = harness.Snapshot();
        var figures = harness.Compute(settings, harness.Today(QueueTimesKit.Helsinki));

        harness.Checkpoint = null;
        await harness.ReadAsync(settings);

        Assert.Equal(records, harness.Snapshot());
        Assert.Equal(figures, harness.Compute(settings, harness.Today(QueueTimesKit.Helsinki)), FigureComparer.Instance);
    }

    [Fact]
    public async Task ReadAsync_OtherCollector_OtherDay()
    {
        var first = QueueTimesKit.Harness(Rush, "lobby");
        var second = QueueTimesKit.Harness(Rush, "branch");

        await first.ReadAsync(first.BindSettings("{}"));
        await second.ReadAsync(second.BindSettings("{}"));

        Assert.NotEqual(first.Snapshot(), second.Snapshot());
    }

    [Fact]
    public async Task ReadAsync_FirstReadLate_GoesBackSixHoursOnly()
    {
        var harness = QueueTimesKit.Harness(LocalClock.MondayAt(16));

        await harness.ReadAsync(harness.BindSettings("{}"));

        // Everything read was still going after 10:00; whatever ended before was never generated.
        Assert.All(harness.Records, record => Assert.True(record.End is null || record.End > LocalClock.MondayAt(10), record.Id));
        Assert.Contains(harness.Records, record => record.Start < LocalClock.MondayAt(10));
    }

    [Fact]
    public async Task ReadAsync_TimeZoneOfTheCollector_DecidesTheOpeningHours()
    {
        // 10:30 in Helsinki is 03:30 in New York: open in one zone, closed in the other.
        var harness = QueueTimesKit.Harness(Rush);
        harness.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var settings = harness.BindSettings("{}");

        await harness.ReadAsync(settings);
        var figures = harness.Compute(settings, harness.Today(harness.TimeZone));

        Assert.Equal(FigureState.Closed, figures.Overall(QueueMetrics.QueueLength).State);
    }
}
