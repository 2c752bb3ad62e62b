namespace Dashboard.Sdk;

/// <summary>
/// A plugin capability (SDK 1.1): when the collector's schedule fires, read the source from where the last run stopped
/// and turn what is new into record updates. The host stores the updates and the returned checkpoint in one
/// transaction, so a failed run stores nothing and the next run reads the same input again.
/// </summary>
public interface IRecordReader
{
    /// <summary>
    /// Reads from <see cref="CollectContext.Checkpoint"/> (null on the first run) and returns the updates found and the
    /// checkpoint to start from next time. Throw on failure with a message that names the source and the problem;
    /// throw <see cref="InputException"/> for input that cannot be read, so the place is reported.
    /// </summary>
    Task<RecordBatch> ReadAsync(CollectContext context, CancellationToken cancellationToken);
}
