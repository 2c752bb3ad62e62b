using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Writing;

namespace Dashboard.Hangfire.LiteDB.Internal.Queue;

/// <summary>Writes to job queues: enqueue, claim for a worker, keep-alive, acknowledge and requeue.</summary>
internal static class QueueWrites
{
    public static void Enqueue(WriteContext context, string queue, long jobId)
    {
        var id = context.NextQueueItemId();
        context.Database.QueueItems.Insert(new QueueItemDocument { Id = id, Queue = queue, JobId = jobId, Slot = QueueSlots.Waiting(queue, id) });
        if (!context.IsKnownQueue(queue))
        {
            context.Database.QueueNames.Upsert(new QueueNameDocument { Id = queue });
            context.NewQueueNames.Add(queue);
        }

        context.QueueChanged = true;
    }

    private static readonly TimeSpan TimedOutSearchInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Marks the first available item of the first queue that has one as fetched: a fetch whose invisibility ran out
    /// (its worker died) before a waiting item, searched for at least once a second or when nothing waits.
    /// Running inside the writer makes the claim exclusive. <paramref name="isHeldHere"/> tells whether a live
    /// worker of this process still holds an item: such an item is never handed out, however late its keep-alive.
    /// </summary>
    public static QueueItemDocument? Claim(WriteContext context, IReadOnlyList<string> queues, TimeSpan invisibilityTimeout, Func<long, bool> isHeldHere)
    {
        var cutoff = context.NowTicks - invisibilityTimeout.Ticks;
        foreach (var queue in queues)
        {
            var timedOutFirst = context.IsTimedOutSearchDue(queue, TimedOutSearchInterval);
            var item = (timedOutFirst ? FirstTimedOut(context, queue, cutoff, isHeldHere) : null)
                ?? context.Database.QueueItems.Find(QueueSlots.AllWaiting(queue), 0, 1).FirstOrDefault()
                ?? (timedOutFirst ? null : FirstTimedOut(context, queue, cutoff, isHeldHere));
            if (item is null)
            {
                continue;
            }

            item.FetchedAt = context.NowTicks;
            item.FetchToken = Guid.NewGuid().ToString("N");
            item.Slot = QueueSlots.Fetched(queue, context.NowTicks, item.Id);
            context.Database.QueueItems.Update(item);
            return item;
        }

        return null;
    }

    private static QueueItemDocument? FirstTimedOut(WriteContext context, string queue, long cutoff, Func<long, bool> isHeldHere)
    {
        while (context.Database.QueueItems.Find(QueueSlots.FetchedBefore(queue, cutoff), 0, 1).FirstOrDefault() is { } item)
        {
            if (!isHeldHere(item.Id))
            {
                return item;
            }

            // Its holder is alive and its keep-alive is late: refresh it here, which also moves it out of this range.
            Refresh(context, item);
        }

        return null;
    }

    private static void Refresh(WriteContext context, QueueItemDocument item)
    {
        item.FetchedAt = context.NowTicks;
        item.Slot = QueueSlots.Fetched(item.Queue, context.NowTicks, item.Id);
        context.Database.QueueItems.Update(item);
    }

    public static void KeepAlive(WriteContext context, IEnumerable<(long ItemId, string Token)> fetched)
    {
        foreach (var (itemId, token) in fetched)
        {
            var item = context.Database.QueueItems.FindById(itemId);
            if (item is not null && item.FetchToken == token)
            {
                Refresh(context, item);
            }
        }
    }

    public static void Remove(WriteContext context, long itemId, string token)
    {
        var item = context.Database.QueueItems.FindById(itemId);
        if (item is not null && item.FetchToken == token)
        {
            context.Database.QueueItems.Delete(itemId);
        }
    }

    /// <summary>
    /// At start, every fetched item belongs to a process that is gone (the file is opened exclusively), so all go back
    /// to their queues at once instead of waiting out the invisibility timeout. Returns how many.
    /// </summary>
    public static int RequeueAllFetched(WriteContext context)
    {
        var requeued = 0;
        foreach (var queue in context.Database.QueueNames.FindAll().Select(name => name.Id).ToList())
        {
            foreach (var item in context.Database.QueueItems.Find(QueueSlots.AllFetched(queue)).ToList())
            {
                MakeWaiting(context, item);
                requeued++;
            }
        }

        return requeued;
    }

    /// <summary>Puts a fetched item back where it was in its queue.</summary>
    public static void Requeue(WriteContext context, long itemId, string token)
    {
        var item = context.Database.QueueItems.FindById(itemId);
        if (item is null || item.FetchToken != token)
        {
            return;
        }

        MakeWaiting(context, item);
    }

    private static void MakeWaiting(WriteContext context, QueueItemDocument item)
    {
        item.FetchedAt = null;
        item.FetchToken = null;
        item.Slot = QueueSlots.Waiting(item.Queue, item.Id);
        context.Database.QueueItems.Update(item);
        context.QueueChanged = true;
    }
}
