using Dashboard.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Records;

/// <summary>
/// Prunes records older than <see cref="DashboardOptions.RecordRetentionDays"/>, once at start and then every
/// <see cref="DashboardOptions.RecordPruneInterval"/>. Each batch is its own short transaction, so collection writes
/// waiting for the single writer get their turn between batches.
/// </summary>
public sealed class RecordRetentionService(IRecordStore records, IOptions<DashboardOptions> options, TimeProvider time, ILogger<RecordRetentionService> logger)
    : BackgroundService
{
    public const int BatchSize = 1_000;

    /// <summary>Raised after each pass with how many records it removed.</summary>
    public event Action<int>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first pass, so that a tick due while that pass runs is not lost.
        using var timer = new PeriodicTimer(options.Value.RecordPruneInterval, time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-options.Value.RecordRetentionDays);
        var removed = 0;
        try
        {
            int batch;
            do
            {
                batch = await records.PruneAsync(before, BatchSize, cancellationToken);
                removed += batch;
            }
            while (batch == BatchSize);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Pruning records older than {Before} failed after {Removed} records; trying again at the next interval", before, removed);
        }

        if (removed > 0)
        {
            logger.LogInformation("Pruned {Removed} records that ended before {Before}", removed, before);
        }

        PassCompleted?.Invoke(removed);
    }
}
