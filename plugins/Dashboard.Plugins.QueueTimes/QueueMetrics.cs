using Dashboard.Sdk;

namespace Dashboard.Plugins.QueueTimes;

/// <summary>The metrics and the dimension the queue-times plugin reports.</summary>
public static class QueueMetrics
{
    /// <summary>Dimension naming the service point of a per-point sample.</summary>
    public const string ServicePointDimension = "servicePoint";

    /// <summary>Average wait in minutes.</summary>
    public const string WaitMinutes = "wait_minutes";

    /// <summary>People waiting now.</summary>
    public const string QueueLength = "queue_length";

    /// <summary>Longest current wait in minutes.</summary>
    public const string LongestWaitMinutes = "longest_wait_minutes";

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(WaitMinutes, "Average wait", "min", MetricDirection.LowerIsBetter, 15)
        {
            Description = "Average wait of recently served customers; overall value weighted by people waiting.",
        },
        new(QueueLength, "People waiting", "", MetricDirection.LowerIsBetter, 10)
        {
            Description = "People in the queue now; overall value is the sum over service points.",
        },
        new(LongestWaitMinutes, "Longest wait", "min", MetricDirection.LowerIsBetter, 30)
        {
            Description = "Longest current wait; overall value is the longest at any service point.",
        },
    ];
}
