using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>What a feedback source reports for one channel at one moment, and how such readings become samples.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="SatisfiedPercent">Share of recent responses that were satisfied, 0-100.</param>
/// <param name="ResponsesLastHour">Responses received in the last hour.</param>
internal sealed record ChannelFeedback(string Channel, double SatisfiedPercent, int ResponsesLastHour)
{
    /// <summary>One sample per name and metric, then an overall one per metric.</summary>
    // Overall satisfaction is weighted by responses, so a busy channel counts more than a quiet one.
    public static SampleTable<ChannelFeedback> Samples { get; } =
        new SampleTable<ChannelFeedback>(FeedbackMetrics.ChannelDimension, reading => reading.Channel)
            .AddWeightedMean(FeedbackMetrics.SatisfactionPercent, reading => reading.SatisfiedPercent, weight: reading => reading.ResponsesLastHour)
            .AddSum(FeedbackMetrics.Responses, reading => reading.ResponsesLastHour);
}
