namespace Dashboard.Host.Metrics;

/// <summary>Upgrades an older data folder at start, before collection begins: samples into buckets (<see cref="LegacySampleConverter"/>), last values into one document per collector.</summary>
public sealed class LegacySampleUpgradeService(LegacySampleConverter converter, LiteDbMetricStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await converter.ConvertAsync(cancellationToken);
        await store.ConvertLegacyLastValuesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
