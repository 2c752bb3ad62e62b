using Microsoft.Extensions.Options;

namespace Dashboard.Host.Metrics;

/// <summary>
/// Prunes each resolution past its retention, once at start and then every <see cref="MetricRetentionOptions.PruneInterval"/>,
/// in batches of <see cref="MetricRetentionOptions.PruneBatchSize"/> buckets, each its own short write, so collection
/// writes waiting for the single writer get their turn between batches.
/// </summary>
public sealed class MetricRetentionService(IMetricStore store, IOptions<MetricRetentionOptions> options, TimeProvider time, ILogger<MetricRetentionService> logger)
    : BackgroundService
{
    private static readonly MetricResolution[] Resolutions = [MetricResolution.Raw, MetricResolution.Minute, MetricResolution.Hour, MetricResolution.Day];

    /// <summary>Raised after each pass with how many buckets it pruned.</summary>
    public event Action<int>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Lets the host finish starting before the first pass reads anything.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var total = 0;
        foreach (var resolution in Resolutions.Where(resolution => settings.DaysOf(resolution) is not null))
        {
            var before = settings.Cutoff(resolution, now);
            var removed = 0;
            try
            {
                int batch;
                do
                {
                    batch = await store.PruneAsync(resolution, before, settings.PruneBatchSize, cancellationToken);
                    removed += batch;
                    logger.LogDebug("Pruned a batch of {Count} {Resolution} metric buckets", batch, resolution);
                }
                while (batch == settings.PruneBatchSize);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Pruning {Resolution} metric data before {Before} failed after {Removed} buckets; trying again at the next interval", resolution, before, removed);
            }

            if (removed > 0)
            {
                logger.LogInformation("Pruned {Removed} {Resolution} metric buckets that ended before {Before}", removed, resolution, before);
            }

            total += removed;
        }

        PassCompleted?.Invoke(total);
    }
}
