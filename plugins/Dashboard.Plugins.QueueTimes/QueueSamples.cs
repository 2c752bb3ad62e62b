using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>How per-service-point readings become samples.</summary>
internal static class QueueSamples
{
    // The overall wait is weighted by people waiting, so a busy desk counts more than an empty phone line.
    public static SampleTable<ServicePointQueue> Table { get; } =
        new SampleTable<ServicePointQueue>(QueueMetrics.ServicePointDimension, reading => reading.ServicePoint)
            .AddWeightedMean(QueueMetrics.WaitMinutes, reading => reading.AverageWaitMinutes, weight: reading => reading.PeopleWaiting)
            .AddSum(QueueMetrics.QueueLength, reading => reading.PeopleWaiting)
            .AddMax(QueueMetrics.LongestWaitMinutes, reading => reading.LongestWaitMinutes);
}
