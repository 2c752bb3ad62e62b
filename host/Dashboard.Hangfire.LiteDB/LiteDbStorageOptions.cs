namespace Dashboard.Hangfire.LiteDB;

/// <summary>Settings of a <see cref="LiteDbJobStorage"/>.</summary>
public sealed class LiteDbStorageOptions
{
    /// <summary>How long a fetched job stays invisible to other workers without a keep-alive before it is handed out again.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a fetching worker looks at the queue when no enqueue in this process woke it.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a distributed lock stays valid without renewal; a crashed holder's lock frees itself after this.</summary>
    public TimeSpan DistributedLockLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the expiration manager removes expired jobs, sets, lists, hashes, counters and locks.</summary>
    public TimeSpan ExpirationCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many expired documents one expiration transaction removes at most.</summary>
    public int ExpirationBatchSize { get; set; } = 1000;

    /// <summary>How many submitted write batches the single writer groups into one LiteDB transaction at most.</summary>
    public int MaxWritesPerCommit { get; set; } = 256;

    /// <summary>
    /// When true (the default) a commit returns only after the log file has been synced to the device (survives power loss);
    /// when false it returns once the pages are written to the operating system (survives a killed process, not a power cut).
    /// </summary>
    public bool SyncToDevice { get; set; } = true;
}
