using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>How per-channel readings become samples.</summary>
internal static class FeedbackSamples
{
    // Overall satisfaction is weighted by responses, so a busy channel counts more than a quiet one.
    public static SampleTable<ChannelFeedback> Table { get; } =
        new SampleTable<ChannelFeedback>(FeedbackMetrics.ChannelDimension, reading => reading.Channel)
            .AddWeightedMean(FeedbackMetrics.SatisfactionPercent, reading => reading.SatisfiedPercent, weight: reading => reading.ResponsesLastHour)
            .AddSum(FeedbackMetrics.Responses, reading => reading.ResponsesLastHour);
}
