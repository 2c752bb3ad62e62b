namespace Dashboard.Sdk.Tests.Doubles;

/// <summary>Reads records but cannot turn them into figures.</summary>
public sealed class ReaderOnlyPlugin : IMetricPlugin, IRecordReader
{
    public IReadOnlyList<MetricDefinition> Metrics { get; } = [new("visits", "Visits", "", MetricDirection.HigherIsBetter)];

    public Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken) => Task.FromResult(new RecordBatch());
}
