namespace Dashboard.Plugins.Feedback;

/// <summary>Reads the current feedback, one reading per configured channel.</summary>
internal interface IFeedbackSource
{
    Task<IReadOnlyList<ChannelFeedback>> ReadAsync(string collectorId, DateTimeOffset at, CancellationToken cancellationToken);
}
