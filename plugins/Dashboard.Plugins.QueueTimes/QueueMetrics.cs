using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>The metrics and dimensions of the queue-times plugin; docs/metric-definitions.md defines each one.</summary>
public static class QueueMetrics
{
    /// <summary>Dimension naming the service point (branch, office) of a visit figure.</summary>
    public const string ServicePointDimension = "servicePoint";

    /// <summary>Dimension naming the phone queue of a call figure.</summary>
    public const string QueueDimension = "queue";

    /// <summary>People (visitors and callers) waiting now.</summary>
    public const string QueueLength = "queue_length";

    /// <summary>The longest wait of anyone waiting now, in minutes.</summary>
    public const string LongestWaitMinutes = "longest_wait_minutes";

    /// <summary>Mean wait until answered or called (average speed of answer), in minutes.</summary>
    public const string WaitMinutes = "wait_minutes";

    /// <summary>Median wait (mean of the two middle waits of an even count), in minutes.</summary>
    public const string MedianWaitMinutes = "median_wait_minutes";

    /// <summary>90th percentile wait (nearest rank), in minutes.</summary>
    public const string P90WaitMinutes = "p90_wait_minutes";

    /// <summary>Share answered or called within the target.</summary>
    public const string ServiceLevelPercent = "service_level_percent";

    /// <summary>Share of offered calls and visits abandoned before being answered or called.</summary>
    public const string AbandonedPercent = "abandoned_percent";

    /// <summary>Share of called visitors who did not come to the counter.</summary>
    public const string NoShowPercent = "no_show_percent";

    /// <summary>Calls answered and visitors called.</summary>
    public const string Answered = "answered";

    /// <summary>Service points and queues open now.</summary>
    public const string OpenServicePoints = "open_service_points";

    /// <summary>Counters open and queue members available now.</summary>
    public const string OpenPositions = "open_positions";

    /// <summary>People waiting where nobody serves: at closed service points and unstaffed queues.</summary>
    public const string WaitingAtClosedPoints = "waiting_at_closed_points";

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(QueueLength, "People waiting", "", MetricDirection.LowerIsBetter, 10)
        {
            Description = "Visitors and callers waiting now; overall the sum over service points and queues.",
        },
        new(LongestWaitMinutes, "Longest current wait", "min", MetricDirection.LowerIsBetter, 30)
        {
            Description = "Longest wait of anyone waiting now; 0 when nobody waits.",
        },
        new(WaitMinutes, "Average wait", "min", MetricDirection.LowerIsBetter, 15)
        {
            Description = "Mean wait until answered or called (average speed of answer) of the calls and visits that entered the queue in the window.",
        },
        new(MedianWaitMinutes, "Median wait", "min", MetricDirection.LowerIsBetter, 10)
        {
            Description = "Median of the same waits as the average; of an even count, the mean of the two middle ones.",
        },
        new(P90WaitMinutes, "90th percentile wait", "min", MetricDirection.LowerIsBetter, 30)
        {
            Description = "Nine in ten of the same waits were at most this long (nearest rank).",
        },
        new(ServiceLevelPercent, "Service level", "%", MetricDirection.HigherIsBetter, 80)
        {
            Description = "Share answered within the call target or called within the visit target; abandons count as misses unless set otherwise.",
        },
        new(AbandonedPercent, "Abandoned", "%", MetricDirection.LowerIsBetter, 5)
        {
            Description = "Share of offered calls and visits that left before being answered or called; short abandons can be ignored.",
        },
        new(NoShowPercent, "No-shows", "%", MetricDirection.LowerIsBetter, 10)
        {
            Description = "Share of called visitors who never came to the counter.",
        },
        new(Answered, "Answered", "", MetricDirection.HigherIsBetter)
        {
            Description = "Calls and visits that entered the queue in the window and were answered or called.",
        },
        new(OpenServicePoints, "Open service points", "", MetricDirection.HigherIsBetter)
        {
            Description = "Service points and phone queues open now; closed when all are closed.",
        },
        new(OpenPositions, "Staffed positions", "", MetricDirection.HigherIsBetter)
        {
            Description = "Counters open and queue members logged in and not paused, now.",
        },
        new(WaitingAtClosedPoints, "Waiting where nobody serves", "", MetricDirection.LowerIsBetter, 0)
        {
            Description = "People waiting at a service point or queue that is closed or unstaffed now; should always be 0.",
        },
    ];
}
