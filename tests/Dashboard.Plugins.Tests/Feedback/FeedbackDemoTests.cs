using System.Globalization;
using System.Text.Json;
using Dashboard.Plugins.Feedback;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;
using static Dashboard.Plugins.Tests.Feedback.FeedbackFixtures;

namespace Dashboard.Plugins.Tests.Feedback;

public sealed class FeedbackDemoTests
{
    [Fact]
    public async Task ReadAsync_FirstRead_CoversTheLastSixHoursOfOpeningTime()
    {
        var harness = Harness(Local(2026, 3, 2, 12, 0, 30));

        var batch = await harness.ReadAsync(harness.BindSettings("{}"));

        Assert.NotEmpty(batch.Updates);
        Assert.Empty(batch.Problems);
        // Six hours back from 12:00 is 06:00, but the terminal takes presses from 08:00 only; the minute under way waits.
        Assert.All(batch.Updates, update => Assert.InRange((DateTimeOffset)update.Fields[RecordRules.StartField]!, Local(2026, 3, 2, 8), Local(2026, 3, 2, 12)));
        Assert.Equal(Local(2026, 3, 2, 12), DateTimeOffset.Parse(harness.Checkpoint!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ReadAsync_SameCollectorAndTime_GivesTheSameAnswers()
    {
        var one = Harness(Local(2026, 3, 2, 12));
        var two = Harness(Local(2026, 3, 2, 12));
        var other = Harness(Local(2026, 3, 2, 12), "other-collector");

        await one.ReadAsync(one.BindSettings("{}"));
        await two.ReadAsync(two.BindSettings("{}"));
        await other.ReadAsync(other.BindSettings("{}"));

        Assert.Equal(Snapshot(one), Snapshot(two));
        Assert.NotEqual(Snapshot(one), Snapshot(other));
    }

    [Fact]
    public async Task ReadAsync_InSteps_GivesWhatOneReadGives()
    {
        var once = Harness(Local(2026, 3, 2, 12));
        var stepped = Harness(Local(2026, 3, 2, 10, 7));

        await once.ReadAsync(once.BindSettings("{}"));
        await stepped.ReadAsync(stepped.BindSettings("{}"));
        stepped.Time.SetUtcNow(Local(2026, 3, 2, 12));
        await stepped.ReadAsync(stepped.BindSettings("{}"));

        Assert.Equal(Snapshot(once), Snapshot(stepped));
    }

    [Fact]
    public async Task ReadAsync_FromAnOlderCheckpointAgain_StoresNothingNew()
    {
        var harness = Harness(Local(2026, 3, 2, 12));
        await harness.ReadAsync(harness.BindSettings("{}"));
        var stored = Snapshot(harness);

        harness.Checkpoint = null;
        var again = await harness.ReadAsync(harness.BindSettings("{}"));

        Assert.NotEmpty(again.Updates);
        Assert.Equal(stored, Snapshot(harness));
    }

    [Fact]
    public async Task ReadAsync_AtNight_FindsNoPressesAndFiguresReadClosed()
    {
        var harness = Harness(Local(2026, 3, 2, 21));
        harness.Checkpoint = Local(2026, 3, 2, 0).ToString("O", CultureInfo.InvariantCulture);
        var settings = harness.BindSettings("{}");
        await harness.ReadAsync(settings);
        var night = await harness.ReadAsync(settings);
        harness.Time.SetUtcNow(Local(2026, 3, 3, 3));
        var smallHours = await harness.ReadAsync(settings);

        var lastHour = harness.Compute(settings, harness.Last(TimeSpan.FromMinutes(60), Helsinki, "60m"));

        Assert.Empty(night.Updates);
        Assert.Empty(smallHours.Updates);
        Assert.All(harness.Records, record => Assert.InRange(TimeZoneInfo.ConvertTime(record.Start!.Value, Helsinki).Hour, 8, 16));
        Assert.All(lastHour, figure => Assert.Equal(FigureState.Closed, figure.State));
        // Every demo service point is still on the wall, as closed.
        Assert.Equal(4, lastHour.Count(figure => figure.MetricKey == FeedbackMetrics.Answers && figure.Dimensions?.ContainsKey(FeedbackMetrics.ServicePointDimension) == true));
    }

    [Fact]
    public async Task ReadAsync_AWorkingWeek_DipsWhenBusyAndFillsEveryFigure()
    {
        var harness = Harness(Local(2026, 3, 6, 17));
        harness.Checkpoint = Local(2026, 3, 2, 0).ToString("O", CultureInfo.InvariantCulture);
        var settings = harness.BindSettings("{}");

        await harness.ReadAsync(settings);
        var week = harness.Compute(settings, new FigureWindow { Id = "7d", From = Local(2026, 3, 2, 0), To = Local(2026, 3, 6, 17), TimeZone = Helsinki });

        var rush = MeanPlace(harness.Records, hour => hour is >= 9.5 and < 11);
        var afternoon = MeanPlace(harness.Records, hour => hour is >= 14 and < 16.5);
        Assert.True(rush + 0.05 < afternoon, $"The rush's mean place {rush:F3} should be well below the afternoon's {afternoon:F3}.");
        Assert.Contains(harness.Records, record => record.GetBool("misuse") == true);
        Assert.All(
            week.Where(figure => figure.Dimensions is not { Count: > 0 }),
            figure => Assert.Equal(FigureState.Value, figure.State));
        Assert.Equal(
            ["email", "link", "physical"],
            week.Where(figure => figure.MetricKey == FeedbackMetrics.Answers && figure.Dimensions?.ContainsKey(FeedbackMetrics.ChannelDimension) == true)
                .Select(figure => figure.Dimensions![FeedbackMetrics.ChannelDimension]));
    }

    [Fact]
    public async Task ReadAsync_AfterALongPause_CatchesUpAWeekAtMost()
    {
        var harness = Harness(Local(2026, 3, 30, 12));
        harness.Checkpoint = Local(2026, 3, 2, 0).ToString("O", CultureInfo.InvariantCulture);

        var batch = await harness.ReadAsync(harness.BindSettings("{}"));

        Assert.All(batch.Updates, update => Assert.True((DateTimeOffset)update.Fields[RecordRules.StartField]! >= Local(2026, 3, 30, 12) - TimeSpan.FromDays(7)));
    }

    private static RecordPluginHarness<FeedbackPlugin> Harness(DateTimeOffset now, string collectorId = "demo-feedback") =>
        new(collectorId, now) { TimeZone = Helsinki };

    private static string Snapshot(RecordPluginHarness<FeedbackPlugin> harness) =>
        JsonSerializer.Serialize(harness.Records.OrderBy(record => record.Id, StringComparer.Ordinal).Select(record => new { record.Id, record.Fields }));

    private static double MeanPlace(IReadOnlyList<SourceRecord> records, Func<double, bool> hours) =>
        records
            .Where(record => record.GetBool("misuse") == false && hours(TimeZoneInfo.ConvertTime(record.Start!.Value, Helsinki).TimeOfDay.TotalHours))
            .Average(record => ScaleRules.Position(ScaleRules.Parse(record.GetString("scale"))!.Value, (long)record.GetNumber("answer")!.Value));
}
