using Hangfire;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.CrashHost;

/// <summary>What the child does in each mode; every mode but serve runs until the parent kills it.</summary>
public static class ChildModes
{
    public const string CommitSetPrefix = "crash-commit-set:";
    public const string CommitHashPrefix = "crash-commit-hash:";
    public const string CommitList = "crash-commit-list";
    public const string CommitCounter = "crash-commit-counter";
    public const string RecurringPrefix = "crash-recurring-";
    public const string LockResource = "crash-lock";

    private static readonly ManualResetEventSlim Never = new(false);

    /// <summary>Producers enqueue numbered jobs without end; each id is printed only after its Enqueue returned.</summary>
    public static void Enqueue(LiteDbJobStorage storage, ChildArguments arguments)
    {
        var client = new BackgroundJobClient(storage);
        var nextNumber = -1;
        var producers = Enumerable.Range(0, arguments.Int("threads", 1)).Select(_ => new Thread(() =>
        {
            while (true)
            {
                var number = Interlocked.Increment(ref nextNumber);
                var jobId = client.Enqueue(() => CrashJobs.Work(number, null));
                ChildOutput.Write($"enqueued {jobId} {number}");
            }
        })).ToList();
        producers.ForEach(t => t.Start());
        producers.ForEach(t => t.Join());
    }

    /// <summary>Enqueues numbered jobs, then processes them; with <paramref name="blockForever"/> every job hangs once started.</summary>
    public static void Process(LiteDbJobStorage storage, ChildArguments arguments, bool blockForever)
    {
        var client = new BackgroundJobClient(storage);
        for (var number = 0; number < arguments.Int("count", 4); number++)
        {
            var captured = number;
            ChildOutput.Write($"enqueued {client.Enqueue(() => CrashJobs.Work(captured, null))} {number}");
        }

        CrashJobs.BlockForever = blockForever;
        using var server = StartServer(storage, arguments.Int("workers", 4));
        Never.Wait();
    }

    public static void Serve(LiteDbJobStorage storage, ChildArguments arguments)
    {
        using (StartServer(storage, arguments.Int("workers", 4)))
        {
            ChildOutput.Write("serving");
            while (Console.In.ReadLine() is { } line && line != "stop")
            {
            }
        }

        ChildOutput.Write("stopped");
    }

    /// <summary>
    /// Threads commit numbered batches of many writes each; with several threads the storage groups their commits,
    /// so a kill can land in the middle of a group.
    /// </summary>
    public static void Commit(LiteDbJobStorage storage, ChildArguments arguments)
    {
        var writes = arguments.Int("writes", 100);
        var nextBatch = -1;
        var threads = Enumerable.Range(0, arguments.Int("threads", 1)).Select(_ => new Thread(() =>
        {
            using var connection = storage.GetConnection();
            while (true)
            {
                var batch = Interlocked.Increment(ref nextBatch);
                using var transaction = (JobStorageTransaction)connection.CreateWriteTransaction();
                for (var item = 0; item < writes; item++)
                {
                    transaction.AddToSet(CommitSetPrefix + batch, item.ToString());
                    transaction.InsertToList(CommitList, batch.ToString());
                    transaction.IncrementCounter(CommitCounter);
                }

                transaction.SetRangeInHash(CommitHashPrefix + batch, Enumerable.Range(0, writes).Select(i => new KeyValuePair<string, string>($"field{i}", batch.ToString())));
                transaction.Commit();
                ChildOutput.Write($"committed {batch}");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    public static void Recurring(LiteDbJobStorage storage, ChildArguments arguments)
    {
        var manager = new RecurringJobManager(storage);
        for (var number = 0; number < arguments.Int("count", 20); number++)
        {
            var captured = number;
            manager.AddOrUpdate(RecurringPrefix + number, () => CrashJobs.Work(captured, null), "*/5 * * * *");
            ChildOutput.Write($"registered {RecurringPrefix}{number}");
        }

        ChildOutput.Write("ready");
        Never.Wait();
    }

    /// <summary>Takes the lock and keeps it for <c>hold</c> ms before saying so: long enough for its renewals to store it.</summary>
    public static void HoldLock(LiteDbJobStorage storage, ChildArguments arguments)
    {
        var connection = storage.GetConnection();
        connection.AcquireDistributedLock(LockResource, TimeSpan.FromSeconds(5));
        Thread.Sleep(arguments.Milliseconds("hold", 0));
        ChildOutput.Write("locked");
        Never.Wait();
    }

    private static BackgroundJobServer StartServer(LiteDbJobStorage storage, int workers) =>
        new(
            new BackgroundJobServerOptions
            {
                WorkerCount = workers,
                Queues = ["default"],
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                ShutdownTimeout = TimeSpan.FromSeconds(10),
            },
            storage);
}
