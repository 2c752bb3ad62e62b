using System.Text.Json;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.ComplaintTrends.Demo;
using Dashboard.Plugins.Tests.Support;
using Dashboard.Sdk;
using Dashboard.Sdk.Testing;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>The demo source: a simulated Open311 server read through the real poller and parser.</summary>
public sealed class DemoOpen311ServerTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public async Task ReadAsync_FirstRead_GivesComplaintsOfEveryOneOfTheLastEightDaysAndLivelyFigures()
    {
        // Tuesday 3 March 2026 at 14:00.
        var harness = new RecordPluginHarness<ComplaintTrendsPlugin>("demo-complaints", LocalClock.Helsinki(new DateOnly(2026, 3, 3), 14));
        var settings = harness.BindSettings("{}");

        var batch = await harness.ReadAsync(settings);

        Assert.Empty(batch.Problems);
        var days = harness.Records.Select(record => LocalDate(record.Start!.Value)).ToHashSet();
        Assert.All(Enumerable.Range(0, 8), back => Assert.Contains(new DateOnly(2026, 3, 3).AddDays(-back), days));
        var figures = harness.Compute(settings, harness.Today(Helsinki));
        Assert.True(figures.Single(figure => figure.MetricKey == ComplaintMetrics.NewComplaintsPerDay).Value > 3);
        Assert.True(figures.Single(figure => figure.MetricKey == ComplaintMetrics.OpenComplaints && figure.Dimensions is null).Value > 5);
        Assert.All(
            new[] { ComplaintMetrics.NewComplaintsChangePercent, ComplaintMetrics.MedianReactionHours, ComplaintMetrics.AnsweredWithinPromisePercent },
            metric => Assert.Equal(FigureState.Value, figures.Single(figure => figure.MetricKey == metric).State));
    }

    [Fact]
    public async Task ReadAsync_SameCollectorAndTime_GivesTheSameRecords_AnotherCollectorOthers()
    {
        var now = LocalClock.MondayAt(12);

        var first = await ReadOnce("demo-a", now);
        var again = await ReadOnce("demo-a", now);
        var other = await ReadOnce("demo-b", now);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task ReadAsync_HourlyThroughADay_EndsWithTheRecordsOfOneReadAtEachEndAndClosesComplaints()
    {
        var start = LocalClock.MondayAt(6);
        var hourly = new RecordPluginHarness<ComplaintTrendsPlugin>("demo", start);
        var twice = new RecordPluginHarness<ComplaintTrendsPlugin>("demo", start);
        var settings = hourly.BindSettings("{}");
        await hourly.ReadAsync(settings);
        await twice.ReadAsync(settings);
        var openAtStart = hourly.Records.Where(record => record.End is null).Select(record => record.Id).ToHashSet();

        for (var hour = 0; hour < 24; hour++)
        {
            hourly.Time.Advance(TimeSpan.FromHours(1));
            await hourly.ReadAsync(settings);
        }

        twice.Time.Advance(TimeSpan.FromHours(24));
        await twice.ReadAsync(settings);

        // No gap and no double count: reading hourly or once at the end gives the same records.
        Assert.Equal(Snapshot(twice.Records), Snapshot(hourly.Records));
        // Complaints open in the morning were closed during the day by a later read of the same record.
        Assert.Contains(hourly.Records, record => openAtStart.Contains(record.Id) && record.End is not null);
    }

    [Fact]
    public async Task ReadAsync_ThirtyDays_RepliesAndClosingsFallInOfficeHoursOnWorkingDays()
    {
        var harness = new RecordPluginHarness<ComplaintTrendsPlugin>("demo", LocalClock.MondayAt(12));
        await harness.ReadAsync(harness.BindSettings("""{ "firstReadDays": 30 }"""));

        var acted = harness.Records.SelectMany(record => new[] { record.GetTime("firstReply"), record.End }).OfType<DateTimeOffset>().ToList();

        Assert.NotEmpty(acted);
        Assert.All(acted, time =>
        {
            var local = TimeZoneInfo.ConvertTime(time, Helsinki);
            Assert.True(FinnishWorkingDays.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)), $"{local} is not a working day");
            Assert.InRange(local.Hour, DemoComplaintGenerator.OpensAtHour, DemoComplaintGenerator.ClosesAtHour - 1);
        });
    }

    [Fact]
    public async Task TestConnectionAsync_Demo_Succeeds()
    {
        var harness = new RecordPluginHarness<ComplaintTrendsPlugin>("demo", LocalClock.MondayAt(12));
        var context = new CollectContext("demo", harness.BindSettings("{}"), harness.Time, harness.Logger) { TimeZone = Helsinki };

        var check = await harness.Plugin.TestConnectionAsync(context, CancellationToken.None);

        Assert.True(check.Succeeded);
        Assert.StartsWith("The demo Open311 server answered with ", check.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ReadOnce(string collector, DateTimeOffset now)
    {
        var harness = new RecordPluginHarness<ComplaintTrendsPlugin>(collector, now);
        await harness.ReadAsync(harness.BindSettings("{}"));
        return Snapshot(harness.Records);
    }

    private static string Snapshot(IEnumerable<SourceRecord> records) =>
        JsonSerializer.Serialize(records.OrderBy(record => record.Id, StringComparer.Ordinal)
            .Select(record => new { record.Id, Fields = record.Fields.OrderBy(field => field.Key, StringComparer.Ordinal) }));

    private static DateOnly LocalDate(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Helsinki).DateTime);
}
