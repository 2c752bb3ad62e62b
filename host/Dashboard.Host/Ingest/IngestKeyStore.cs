using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Host.Storage;
using LiteDB;

namespace Dashboard.Host.Ingest;

/// <summary>
/// Collectors' ingest keys: 32 random bytes shown once, stored as their SHA-256 hash. A fast hash is enough because the
/// keys have full entropy (nothing to guess from a dictionary); hashes are compared in constant time.
/// </summary>
public sealed class IngestKeyStore(DashboardDatabase database, TimeProvider time)
{
    public const string KeyPrefix = "dsk_";

    /// <summary>Last use is written at most this often per key, to spare the single writer.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private static readonly byte[] NoHash = new byte[SHA256.HashSizeInBytes];

    private readonly ConcurrentDictionary<string, long> _lastUsedWritten = new(StringComparer.Ordinal);

    /// <summary>Creates the collector's key, replacing any earlier one at once; returns the key, which is kept nowhere.</summary>
    public async Task<string> IssueAsync(string collectorId, CancellationToken cancellationToken = default)
    {
        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var stored = new StoredIngestKey { Id = collectorId, Hash = Hash(key), CreatedUtcTicks = time.GetUtcNow().UtcTicks };
        await database.WriteAsync(db => db.GetCollection<StoredIngestKey>(CollectionNames.IngestKeys).Upsert(stored), cancellationToken);
        _lastUsedWritten.TryRemove(collectorId, out _);
        return key;
    }

    /// <summary>The collector's key as stored, or null when it has none.</summary>
    public StoredIngestKey? Find(string collectorId) => Keys.FindById(collectorId);

    /// <summary>Whether <paramref name="presentedKey"/> is the collector's current key; notes the use when it is.</summary>
    public async Task<bool> VerifyAsync(string collectorId, string? presentedKey, CancellationToken cancellationToken = default)
    {
        var stored = Keys.FindById(collectorId);

        // Hashed and compared even when the collector has no key, so that the answer takes as long either way.
        var matches = CryptographicOperations.FixedTimeEquals(Hash(presentedKey ?? ""), stored?.Hash ?? NoHash) && stored is not null;
        if (matches)
        {
            await NoteUseAsync(stored!, cancellationToken);
        }

        return matches;
    }

    public Task DeleteAsync(string collectorId, CancellationToken cancellationToken = default)
    {
        _lastUsedWritten.TryRemove(collectorId, out _);
        return database.WriteAsync(db => db.GetCollection<StoredIngestKey>(CollectionNames.IngestKeys).Delete(collectorId), cancellationToken);
    }

    private ILiteCollection<StoredIngestKey> Keys => database.Collection<StoredIngestKey>(CollectionNames.IngestKeys);

    private async Task NoteUseAsync(StoredIngestKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        var written = _lastUsedWritten.GetOrAdd(key.Id, key.LastUsedUtcTicks ?? long.MinValue);
        if (written != long.MinValue && now - written < LastUsedResolution.Ticks)
        {
            return;
        }

        // Only the request that moves the mark writes; others arriving in the same minute skip.
        if (!_lastUsedWritten.TryUpdate(key.Id, now, written))
        {
            return;
        }

        await database.WriteAsync(db =>
        {
            var keys = db.GetCollection<StoredIngestKey>(CollectionNames.IngestKeys);
            var current = keys.FindById(key.Id);
            if (current is not null && current.Hash.AsSpan().SequenceEqual(key.Hash))
            {
                current.LastUsedUtcTicks = now;
                keys.Update(current);
            }
        }, cancellationToken);
    }

    /// <summary>The SHA-256 a key is stored and compared as.</summary>
    internal static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
