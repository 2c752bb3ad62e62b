namespace Dashboard.Host.Metrics;

/// <summary>Runs <see cref="LegacySampleConverter"/> at start, before collection begins.</summary>
public sealed class LegacySampleUpgradeService(LegacySampleConverter converter) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => converter.ConvertAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
