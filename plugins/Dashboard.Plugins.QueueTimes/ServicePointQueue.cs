using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>What a queue source reports for one service point at one moment, and how such readings become samples.</summary>
/// <param name="ServicePoint">The service point's name.</param>
/// <param name="PeopleWaiting">People in the queue now.</param>
/// <param name="AverageWaitMinutes">Average wait of the people served recently, in minutes.</param>
/// <param name="LongestWaitMinutes">Longest current wait, in minutes.</param>
internal sealed record ServicePointQueue(string ServicePoint, int PeopleWaiting, double AverageWaitMinutes, double LongestWaitMinutes)
{
    /// <summary>One sample per name and metric, then an overall one per metric.</summary>
    // The overall wait is weighted by people waiting, so a busy desk counts more than an empty phone line.
    public static SampleTable<ServicePointQueue> Samples { get; } =
        new SampleTable<ServicePointQueue>(QueueMetrics.ServicePointDimension, reading => reading.ServicePoint)
            .AddWeightedMean(QueueMetrics.WaitMinutes, reading => reading.AverageWaitMinutes, weight: reading => reading.PeopleWaiting)
            .AddSum(QueueMetrics.QueueLength, reading => reading.PeopleWaiting)
            .AddMax(QueueMetrics.LongestWaitMinutes, reading => reading.LongestWaitMinutes);
}
