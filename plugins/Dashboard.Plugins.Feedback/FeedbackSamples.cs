using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>How per-channel readings become samples, and how the overall values are made.</summary>
internal static class FeedbackSamples
{
    public static SampleTable<ChannelFeedback> Table { get; } = new(
        FeedbackMetrics.ChannelDimension,
        reading => reading.Channel,
        [
            new(FeedbackMetrics.SatisfactionPercent, reading => reading.SatisfiedPercent, OverallSatisfaction),
            new(FeedbackMetrics.Responses, reading => reading.ResponsesLastHour, readings => readings.Sum(reading => reading.ResponsesLastHour)),
        ]);

    // Weighted by responses, so a busy channel counts more than a quiet one; a plain mean when nobody answered.
    private static double OverallSatisfaction(IReadOnlyList<ChannelFeedback> readings) =>
        Overall.WeightedMean(readings, reading => reading.SatisfiedPercent, reading => reading.ResponsesLastHour)
        ?? readings.Average(reading => reading.SatisfiedPercent);
}
