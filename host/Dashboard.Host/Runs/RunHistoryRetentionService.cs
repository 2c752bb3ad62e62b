using Dashboard.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Runs;

/// <summary>
/// Prunes run history older than <see cref="DashboardOptions.RunHistoryDays"/> at start and then every
/// <see cref="DashboardOptions.RecordPruneInterval"/>, in batches of <see cref="BatchSize"/>, each its own short
/// transaction so collection writes get the single writer between batches.
/// </summary>
public sealed class RunHistoryRetentionService(RunHistoryStore history, IOptions<DashboardOptions> options, TimeProvider time, ILogger<RunHistoryRetentionService> logger)
    : BackgroundService
{
    public const int BatchSize = 500;

    /// <summary>Raised after each pass with how many entries it removed.</summary>
    public event Action<int>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecordPruneInterval, time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-options.Value.RunHistoryDays);
        var removed = 0;
        try
        {
            int batch;
            do
            {
                batch = await history.PruneAsync(before, BatchSize, cancellationToken);
                removed += batch;
            }
            while (batch == BatchSize);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Pruning run history before {Before} failed after {Removed} entries; trying again at the next interval", before, removed);
        }

        if (removed > 0)
        {
            logger.LogInformation("Pruned {Removed} run history entries that started before {Before}", removed, before);
        }

        PassCompleted?.Invoke(removed);
    }
}
