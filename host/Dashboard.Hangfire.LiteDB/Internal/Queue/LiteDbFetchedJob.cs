using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>
/// A job handed to one worker. While it is held, <see cref="FetchedJobRegistry"/> keeps its fetch time fresh so no
/// other worker gets it; if the process dies, the fetch time ages past the invisibility timeout and the job is
/// handed out again. Disposing it without removing it puts it back in its queue.
/// </summary>
internal sealed class LiteDbFetchedJob : IFetchedJob
{
    private readonly SingleWriter _writer;
    private readonly FetchedJobRegistry _registry;
    private int _finished;

    public LiteDbFetchedJob(SingleWriter writer, FetchedJobRegistry registry, long itemId, long jobId, string queue, string token)
    {
        _writer = writer;
        _registry = registry;
        ItemId = itemId;
        JobId = jobId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Queue = queue;
        Token = token;
        registry.Add(this);
    }

    public string JobId { get; }

    public long ItemId { get; }

    public string Queue { get; }

    public string Token { get; }

    public void RemoveFromQueue()
    {
        // Hangfire calls this even after the final state's transaction already removed the item.
        if (Volatile.Read(ref _finished) != 0)
        {
            return;
        }

        _writer.Execute(context => QueueWrites.Remove(context, ItemId, Token));
        MarkFinished();
    }

    public void Requeue()
    {
        if (Volatile.Read(ref _finished) != 0)
        {
            return;
        }

        _writer.Execute(context => QueueWrites.Requeue(context, ItemId, Token));
        MarkFinished();
    }

    /// <summary>Called after a transaction that removed this item committed.</summary>
    public void MarkFinished()
    {
        Interlocked.Exchange(ref _finished, 1);
        _registry.Remove(this);
    }

    public void Dispose()
    {
        if (Volatile.Read(ref _finished) == 0)
        {
            try
            {
                Requeue();
            }
            catch (ObjectDisposedException)
            {
                // The storage is closing: the item's fetch time ages out and another worker gets it.
                MarkFinished();
            }
        }
    }
}
