using Dashboard.Sdk;

namespace Dashboard.Host.Records;

/// <summary>
/// The records of every collector and each collector's checkpoint. Records are merged with <see cref="RecordState"/>
/// (the SDK's rule), so the same update twice or out of order leaves the same record. The LiteDB store is the embedded
/// default; the tests are written against this interface so another engine can join.
/// </summary>
public interface IRecordStore
{
    /// <summary>
    /// Merges <paramref name="updates"/> into the collector's records and, when <paramref name="checkpoint"/> is not
    /// null, saves it, all in one transaction: on failure nothing of it is kept.
    /// </summary>
    Task<RecordWriteResult> ApplyAsync(string collectorId, IReadOnlyList<RecordUpdate> updates, string? checkpoint, CancellationToken cancellationToken = default);

    /// <summary>The checkpoint saved by the collector's last successful read; null before the first.</summary>
    string? GetCheckpoint(string collectorId);

    /// <summary>The collector's records that <see cref="RecordRules.Overlaps"/> [<paramref name="from"/>, <paramref name="to"/>).</summary>
    IReadOnlyList<SourceRecord> ReadOverlapping(string collectorId, DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// Deletes at most <paramref name="batchSize"/> records that ended (or, if never ended, started) before
    /// <paramref name="before"/>; a record with neither time goes by its latest update's AsOf. Returns how many.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken = default);

    /// <summary>Deletes a collector's records and checkpoint, when the collector itself is deleted.</summary>
    Task DeleteCollectorAsync(string collectorId, CancellationToken cancellationToken = default);
}
