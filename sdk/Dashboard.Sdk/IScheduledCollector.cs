namespace Dashboard.Sdk;

/// <summary>A plugin capability: collect samples when the collector's schedule fires.</summary>
public interface IScheduledCollector
{
    /// <summary>
    /// Reads the source and returns the samples found. Throw on failure with a message that names the source
    /// and the problem; the host records it and keeps all stored data.
    /// </summary>
    Task<IReadOnlyList<MetricSample>> CollectAsync(CollectContext context, CancellationToken cancellationToken);
}
