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
    /// A commit always returns after its pages are written to the operating system, so it survives a killed process.
    /// When true, LiteDB also syncs the log to the device after every group commit (survives a power cut, but a sync
    /// costs tens of milliseconds on virtual disks and stalls the writer); when false (the default) the log is synced
    /// every <see cref="LogSyncInterval"/>, which bounds what a power cut can take.
    /// </summary>
    public bool SyncToDeviceOnCommit { get; set; }

    /// <summary>How often the log is synced to the device when <see cref="SyncToDeviceOnCommit"/> is false.</summary>
    public TimeSpan LogSyncInterval { get; set; } = TimeSpan.FromSeconds(1);
}
