using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>How per-service-point readings become samples, and how the overall values are made.</summary>
internal static class QueueSamples
{
    public static SampleTable<ServicePointQueue> Table { get; } = new(
        QueueMetrics.ServicePointDimension,
        reading => reading.ServicePoint,
        [
            new(QueueMetrics.WaitMinutes, reading => reading.AverageWaitMinutes, OverallWait),
            new(QueueMetrics.QueueLength, reading => reading.PeopleWaiting, readings => readings.Sum(reading => reading.PeopleWaiting)),
            new(QueueMetrics.LongestWaitMinutes, reading => reading.LongestWaitMinutes, readings => readings.Max(reading => reading.LongestWaitMinutes)),
        ]);

    // Weighted by people waiting, so a busy desk counts more than an empty phone line; a plain mean when nobody waits.
    private static double OverallWait(IReadOnlyList<ServicePointQueue> readings) =>
        Overall.WeightedMean(readings, reading => reading.AverageWaitMinutes, reading => reading.PeopleWaiting)
        ?? readings.Average(reading => reading.AverageWaitMinutes);
}
