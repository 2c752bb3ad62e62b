namespace Dashboard.Host.Storage;

/// <summary>
/// Deletes what is older than a retention period, once at start and then every <see cref="Interval"/>, in batches of
/// <see cref="BatchSize"/>. Each batch is its own short transaction, so collection writes waiting for the single writer
/// get their turn between batches; a failed pass is logged and tried again at the next interval.
/// </summary>
public abstract class BatchPruningService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>Raised after each pass with how many items it removed.</summary>
    public event Action<int>? PassCompleted;

    protected abstract TimeSpan Interval { get; }

    protected abstract int BatchSize { get; }

    /// <summary>What is pruned, in words for the log ("records", "run history entries").</summary>
    protected abstract string Items { get; }

    /// <summary>Items older than this, as of <paramref name="now"/>, are pruned.</summary>
    protected abstract DateTimeOffset CutOff(DateTimeOffset now);

    /// <summary>Deletes at most <paramref name="batchSize"/> items older than <paramref name="before"/>; returns how many.</summary>
    protected abstract Task<int> PruneBatchAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first pass, so that a tick due while that pass runs is not lost.
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var before = CutOff(time.GetUtcNow());
        var removed = 0;
        try
        {
            int batch;
            do
            {
                batch = await PruneBatchAsync(before, BatchSize, cancellationToken);
                removed += batch;
            }
            while (batch == BatchSize);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Pruning {Items} older than {Before} failed after {Removed}; trying again at the next interval", Items, before, removed);
        }

        if (removed > 0)
        {
            logger.LogInformation("Pruned {Removed} {Items} older than {Before}", removed, Items, before);
        }

        PassCompleted?.Invoke(removed);
    }
}
