using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>Turns per-service-point readings into samples: one per point and metric, plus an overall one per metric.</summary>
internal static class QueueSampleBuilder
{
    public static IReadOnlyList<MetricSample> Build(IReadOnlyList<ServicePointQueue> readings, DateTimeOffset timestamp)
    {
        var samples = new List<MetricSample>((readings.Count + 1) * 3);
        foreach (var reading in readings)
        {
            var dimensions = new Dictionary<string, string> { [QueueMetrics.ServicePointDimension] = reading.ServicePoint };
            samples.Add(new(QueueMetrics.WaitMinutes, timestamp, reading.AverageWaitMinutes, dimensions));
            samples.Add(new(QueueMetrics.QueueLength, timestamp, reading.PeopleWaiting, dimensions));
            samples.Add(new(QueueMetrics.LongestWaitMinutes, timestamp, reading.LongestWaitMinutes, dimensions));
        }

        if (readings.Count > 0)
        {
            samples.Add(new(QueueMetrics.WaitMinutes, timestamp, OverallWait(readings)));
            samples.Add(new(QueueMetrics.QueueLength, timestamp, readings.Sum(reading => reading.PeopleWaiting)));
            samples.Add(new(QueueMetrics.LongestWaitMinutes, timestamp, readings.Max(reading => reading.LongestWaitMinutes)));
        }

        return samples;
    }

    private static double OverallWait(IReadOnlyList<ServicePointQueue> readings)
    {
        // Weighted by people waiting, so a busy desk counts more than an empty phone line; a plain mean when nobody waits.
        var people = readings.Sum(reading => reading.PeopleWaiting);
        return people == 0
            ? readings.Average(reading => reading.AverageWaitMinutes)
            : readings.Sum(reading => reading.AverageWaitMinutes * reading.PeopleWaiting) / people;
    }
}
