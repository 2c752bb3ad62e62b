using System.Collections.Concurrent;
using Dashboard.Host.Records;
using Dashboard.Sdk;

namespace Dashboard.Host.Testing;

/// <summary>
/// A stand-in for the record store until the LiteDB one is on this branch: records merged with the SDK's
/// <see cref="RecordState"/>, one instance per data folder so a host restarted on the same folder finds its records
/// as it would in the database file. The host factory registers it only when the host registers no store itself.
/// </summary>
public sealed class InMemoryRecordStore : IRecordStore
{
    private static readonly ConcurrentDictionary<string, InMemoryRecordStore> ByDataDirectory = new(StringComparer.Ordinal);

    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, RecordState>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _checkpoints = new(StringComparer.Ordinal);

    public static InMemoryRecordStore For(string dataDirectory) => ByDataDirectory.GetOrAdd(dataDirectory, _ => new InMemoryRecordStore());

    public Task<RecordWriteResult> ApplyAsync(string collectorId, IReadOnlyList<RecordUpdate> updates, string? checkpoint, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // Merged on copies first, so a refused update leaves nothing behind, as a rolled-back transaction would.
            var stored = _records.GetValueOrDefault(collectorId) ?? new Dictionary<string, RecordState>(StringComparer.Ordinal);
            var merged = stored.ToDictionary(pair => pair.Key, pair => new RecordState(pair.Key, pair.Value.Fields), StringComparer.Ordinal);
            int created = 0, updated = 0, duplicate = 0;
            foreach (var update in updates)
            {
                var isNew = !merged.TryGetValue(update.RecordId, out var record);
                record ??= merged[update.RecordId] = new RecordState(update.RecordId);
                var changed = record.Apply(update);
                (created, updated, duplicate) = isNew ? (created + 1, updated, duplicate) : changed ? (created, updated + 1, duplicate) : (created, updated, duplicate + 1);
            }

            _records[collectorId] = merged;
            if (checkpoint is not null)
            {
                _checkpoints[collectorId] = checkpoint;
            }

            return Task.FromResult(new RecordWriteResult(created, updated, duplicate));
        }
    }

    public string? GetCheckpoint(string collectorId)
    {
        lock (_gate)
        {
            return _checkpoints.GetValueOrDefault(collectorId);
        }
    }

    public IReadOnlyList<SourceRecord> ReadOverlapping(string collectorId, DateTimeOffset from, DateTimeOffset to)
    {
        lock (_gate)
        {
            return (_records.GetValueOrDefault(collectorId)?.Values ?? Enumerable.Empty<RecordState>())
                .Select(record => record.ToRecord())
                .Where(record => RecordRules.Overlaps(record, from, to))
                .ToList();
        }
    }

    public Task<int> PruneAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Retention belongs to the LiteDB record store.");

    public Task DeleteCollectorAsync(string collectorId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _records.Remove(collectorId);
            _checkpoints.Remove(collectorId);
        }

        return Task.CompletedTask;
    }
}
