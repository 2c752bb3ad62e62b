using Dashboard.Sdk;

namespace Dashboard.Plugins.Feedback;

/// <summary>Turns per-channel readings into samples: one per channel and metric, plus an overall one per metric.</summary>
internal static class FeedbackSampleBuilder
{
    public static IReadOnlyList<MetricSample> Build(IReadOnlyList<ChannelFeedback> readings, DateTimeOffset timestamp)
    {
        var samples = new List<MetricSample>((readings.Count + 1) * 2);
        foreach (var reading in readings)
        {
            var dimensions = new Dictionary<string, string> { [FeedbackMetrics.ChannelDimension] = reading.Channel };
            samples.Add(new(FeedbackMetrics.SatisfactionPercent, timestamp, reading.SatisfiedPercent, dimensions));
            samples.Add(new(FeedbackMetrics.Responses, timestamp, reading.ResponsesLastHour, dimensions));
        }

        if (readings.Count > 0)
        {
            samples.Add(new(FeedbackMetrics.SatisfactionPercent, timestamp, OverallSatisfaction(readings)));
            samples.Add(new(FeedbackMetrics.Responses, timestamp, readings.Sum(reading => reading.ResponsesLastHour)));
        }

        return samples;
    }

    private static double OverallSatisfaction(IReadOnlyList<ChannelFeedback> readings)
    {
        // Weighted by responses, so a busy channel counts more than a quiet one; a plain mean when nobody answered.
        var responses = readings.Sum(reading => reading.ResponsesLastHour);
        return responses == 0
            ? readings.Average(reading => reading.SatisfiedPercent)
            : readings.Sum(reading => reading.SatisfiedPercent * reading.ResponsesLastHour) / responses;
    }
}
