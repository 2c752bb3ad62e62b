using Dashboard.Host.Metrics;
using Dashboard.Host.Metrics.Encoding;

namespace Dashboard.Host.Tests.Metrics;

/// <summary>Trends from rollups, and retention.</summary>
public abstract partial class MetricStoreContractTests
{
    [Fact]
    public async Task GetTrend_FourSamplesInAnHour_GivesTheirCountSumMinMaxAndLast()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 1), Sample("q.wait", Noon.AddMinutes(10), 2.5), Sample("q.wait", Noon.AddMinutes(20), 4), Sample("q.wait", Noon.AddMinutes(30), 0.5)]);

        // One point over 24 hours: a day step reads the day rollup. 1 + 2.5 + 4 + 0.5 = 8; smallest 0.5, largest 4, newest 0.5.
        var day = Assert.Single(Store.GetTrend("q.wait", Noon.AddHours(-12), Noon.AddHours(12).AddTicks(-1), 1));
        // Two points over two hours: an hour step reads hour rollups; the second hour has nothing and is left out.
        var hour = Assert.Single(Store.GetTrend("q.wait", Noon, Noon.AddHours(2).AddTicks(-1), 2));

        Assert.Equal((4L, 8.0, 0.5, 4.0, 0.5), (day.Count, day.Sum, day.Min, day.Max, day.Last));
        Assert.Equal(new RollupPoint(Noon.UtcTicks, 4, 8, 0.5, 4, 0.5), hour);
    }

    [Theory]
    [InlineData(48 * 60, MetricResolution.Minute)]
    [InlineData(48, MetricResolution.Hour)]
    [InlineData(2, MetricResolution.Day)]
    [InlineData(100_000, MetricResolution.Raw)]
    public async Task GetTrend_ThirtySecondSamplesOverTwoDays_MatchesADirectCalculationOverTheSamples(int points, MetricResolution read)
    {
        var from = Noon.AddHours(-12);
        var samples = Enumerable.Range(0, 2 * 2880)
            .Select(step => Sample("q.wait", from.AddSeconds(30 * step), Math.Round(Math.Sin(step / 50.0) * 40 + 50, 1)))
            .ToList();
        foreach (var batch in samples.Chunk(1_000))
        {
            await Store.StoreAsync(batch);
        }

        var to = from.AddDays(2).AddTicks(-1);
        var trend = Store.GetTrend("q.wait", from, to, points);

        var step = (to.UtcTicks - from.UtcTicks + points) / points;
        var expected = samples
            .GroupBy(sample => (sample.Timestamp.UtcTicks - from.UtcTicks) / step)
            .Select(group => (Start: from.UtcTicks + group.Key * step, Count: (long)group.Count(), Sum: group.Sum(sample => (decimal)sample.Value!.Value),
                Min: group.Min(sample => sample.Value!.Value), Max: group.Max(sample => sample.Value!.Value), Last: group.Last().Value!.Value))
            .ToList();
        Assert.Equal(read, new MetricRetentionOptions().CoarsestFor(step, from, Time.GetUtcNow()));
        Assert.Equal(expected.Count, trend.Count);
        Assert.Equal(expected, trend.Select(point => (point.StartTicks, point.Count, (decimal)point.Sum, point.Min, point.Max, point.Last)));
    }

    [Fact]
    public async Task GetTrend_SampleRewritten_RollupsFollowTheNewValue()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 1), Sample("q.wait", Noon.AddMinutes(5), 2)]);
        await Store.StoreAsync([Sample("q.wait", Noon.AddMinutes(5), 10)]);

        var hour = Assert.Single(Store.GetTrend("q.wait", Noon, Noon.AddHours(1).AddTicks(-1), 1));

        // 1 + 10 = 11: the rewrite replaced 2, it did not add a third sample.
        Assert.Equal(new RollupPoint(Noon.UtcTicks, 2, 11, 1, 10, 10), hour);
    }

    [Fact]
    public async Task PruneAsync_RawPastItsCutoff_DropsThoseHoursButTheirRollupsStay()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 1), Sample("q.wait", Noon.AddMinutes(30), 3), Sample("q.wait", Noon.AddHours(2), 5)]);

        var pruned = await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(1), maxBuckets: 100);

        // Only the noon hour bucket ends by 13:00; the 14:00 bucket stays.
        Assert.Equal(1, pruned);
        Assert.Equal([5.0], Store.GetSamples("q.wait", DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Select(sample => sample.Value));
        var hour = Assert.Single(Store.GetTrend("q.wait", Noon, Noon.AddHours(1).AddTicks(-1), 1));
        Assert.Equal((2L, 4.0), (hour.Count, hour.Sum));
    }

    [Fact]
    public async Task PruneAsync_MinutesPastTheirCutoff_RemovesMinutePointsAndKeepsHours()
    {
        await Store.StoreAsync([Sample("q.wait", Noon, 1), Sample("q.wait", Noon.AddMinutes(1), 3)]);

        var pruned = await Store.PruneAsync(MetricResolution.Minute, Noon.AddDays(1), maxBuckets: 100);

        Assert.Equal(1, pruned);
        Assert.Empty(Store.GetTrend("q.wait", Noon, Noon.AddMinutes(2).AddTicks(-1), 2));
        Assert.Equal(4.0, Assert.Single(Store.GetTrend("q.wait", Noon, Noon.AddHours(1).AddTicks(-1), 1)).Sum);
    }

    [Fact]
    public async Task PruneAsync_MoreBucketsThanTheBatch_DropsOneBatchAtATime()
    {
        // Five series with one hour bucket each.
        await Store.StoreAsync(Enumerable.Range(0, 5).Select(series => Sample($"q.s{series}", Noon, series)).ToList());

        var first = await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(1), maxBuckets: 2);
        var second = await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(1), maxBuckets: 2);
        var third = await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(1), maxBuckets: 2);
        var fourth = await Store.PruneAsync(MetricResolution.Raw, Noon.AddHours(1), maxBuckets: 2);

        Assert.Equal([2, 2, 1, 0], new[] { first, second, third, fourth });
    }
}
