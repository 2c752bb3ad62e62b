using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>
/// Blocking fetch. It reads (without the writer) whether any queue has an available job, and only then asks the
/// writer to claim one; otherwise it sleeps until an enqueue in this process pulses the signal, or the poll interval
/// passes (a job whose worker died becomes available by time alone).
/// </summary>
internal sealed class JobFetcher(StorageDatabase database, SingleWriter writer, QueueSignal signal, FetchedJobRegistry registry, LiteDbStorageOptions options)
{
    public IFetchedJob Fetch(string[] queues, CancellationToken cancellationToken)
    {
        if (queues is null || queues.Length == 0)
        {
            throw new ArgumentException("At least one queue must be given.", nameof(queues));
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = signal.Generation;
            if (HasAvailableJob(queues))
            {
                var item = writer.Execute(context => QueueWrites.Claim(context, queues, options.InvisibilityTimeout, registry.IsHeld), waitsForDurability: false);
                if (item is not null)
                {
                    return new LiteDbFetchedJob(writer, registry, item.Id, item.JobId, item.Queue, item.FetchToken!);
                }

                continue;
            }

            signal.Wait(seen, options.QueuePollInterval, cancellationToken);
        }
    }

    private bool HasAvailableJob(string[] queues)
    {
        var cutoff = DateTime.UtcNow.Ticks - options.InvisibilityTimeout.Ticks;
        foreach (var queue in queues)
        {
            if (database.QueueItems.Exists(QueueSlots.AllWaiting(queue)) || database.QueueItems.Exists(QueueSlots.FetchedBefore(queue, cutoff)))
            {
                return true;
            }
        }

        return false;
    }
}
