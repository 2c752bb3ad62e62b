using Dashboard.Hangfire.LiteDB.Internal.Locking;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Server;

namespace Dashboard.Hangfire.LiteDB.Internal.Maintenance;

/// <summary>
/// Removes expired jobs (with their history), set members, list elements, hash fields, counters and stale lock
/// documents. Each batch is one transaction, so a crash loses at most the batch in flight, which is simply redone;
/// each run removes at most <see cref="MaxBatchesPerKind"/> batches per kind, so it always ends.
/// </summary>
internal sealed class ExpirationManager(SingleWriter writer, LiteDbStorageOptions options) : IBackgroundProcess
{
    public const int MaxBatchesPerKind = 100;

    private static readonly (string Kind, Func<WriteContext, int, int> DeleteExpired)[] Kinds =
    [
        ("jobs", JobWrites.DeleteExpired),
        ("sets", SetWrites.DeleteExpired),
        ("lists", ListWrites.DeleteExpired),
        ("hashes", HashWrites.DeleteExpired),
        ("counters", CounterWrites.DeleteExpired),
        ("locks", LockWrites.DeleteExpired),
    ];

    public void Execute(BackgroundProcessContext context)
    {
        RemoveExpired(context.StoppingToken);
        context.Wait(options.ExpirationCheckInterval);
    }

    /// <summary>One full pass; returns how many documents it removed.</summary>
    public int RemoveExpired(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.ExpirationBatchSize);
        var removed = 0;
        foreach (var (_, deleteExpired) in Kinds)
        {
            for (var batch = 0; batch < MaxBatchesPerKind && !cancellationToken.IsCancellationRequested; batch++)
            {
                var count = writer.Execute(context => deleteExpired(context, batchSize), waitsForDurability: false);
                removed += count;
                if (count < batchSize)
                {
                    break;
                }
            }
        }

        return removed;
    }

    public override string ToString() => "LiteDB expiration manager";
}
