namespace Dashboard.Plugins.Feedback;

/// <summary>What a feedback source reports for one channel at one moment.</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="SatisfiedPercent">Share of recent responses that were satisfied, 0-100.</param>
/// <param name="ResponsesLastHour">Responses received in the last hour.</param>
internal sealed record ChannelFeedback(string Channel, double SatisfiedPercent, int ResponsesLastHour);
