using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>The metrics and the dimension the feedback plugin reports.</summary>
public static class FeedbackMetrics
{
    /// <summary>Dimension naming the channel of a per-channel sample.</summary>
    public const string ChannelDimension = "channel";

    /// <summary>Share of satisfied responses, percent.</summary>
    public const string SatisfactionPercent = "satisfaction_percent";

    /// <summary>Responses received in the last hour.</summary>
    public const string Responses = "responses";

    /// <summary>The definitions, in the order a wall shows them.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new(SatisfactionPercent, "Satisfied", "%", MetricDirection.HigherIsBetter, 85)
        {
            Description = "Share of recent responses rating the service good or very good; overall value weighted by responses.",
        },
        new(Responses, "Responses (last hour)", "", MetricDirection.HigherIsBetter)
        {
            Description = "Feedback responses received in the last hour; overall value is the sum over channels.",
        },
    ];
}
