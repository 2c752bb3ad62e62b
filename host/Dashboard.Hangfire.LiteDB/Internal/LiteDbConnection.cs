using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Reading;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal;

/// <summary>Hangfire's connection: reads straight from LiteDB (committed data only), writes through the single writer.</summary>
internal sealed class LiteDbConnection(StorageRuntime runtime) : JobStorageConnection
{
    private StorageDatabase Database => runtime.Database;

    /// <summary>Identifies this connection as a lock owner in stored lock documents.</summary>
    public string OwnerId { get; } = runtime.NewOwnerId();

    public override IWriteOnlyTransaction CreateWriteTransaction() => new LiteDbWriteOnlyTransaction(runtime, this);

    public override IDisposable AcquireDistributedLock(string resource, TimeSpan timeout) =>
        runtime.Locks.Acquire(resource, this, OwnerId, timeout, stored: true);

    public override string CreateExpiredJob(Job job, IDictionary<string, string?> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jobId = runtime.NextJobId();
        var payload = JobReads.Serialize(job);
        runtime.Writer.Execute(context => JobWrites.Insert(context, jobId, payload, createdAt, parameters ?? new Dictionary<string, string?>(), expireIn));
        return jobId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override IFetchedJob FetchNextJob(string[] queues, CancellationToken cancellationToken) =>
        runtime.Fetcher.Fetch(queues, cancellationToken);

    public override void SetJobParameter(string id, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (StorageKeys.TryParseJobId(id, out var jobId))
        {
            runtime.Writer.Execute(context => JobWrites.SetParameter(context, jobId, name, value));
        }
    }

    public override string? GetJobParameter(string id, string name) =>
        JobReads.Find(Database, id)?.Parameters.GetValueOrDefault(name);

    public override JobData? GetJobData(string jobId) => JobReads.Find(Database, jobId) is { } job ? JobReads.ToJobData(job) : null;

    public override StateData? GetStateData(string jobId) => JobReads.Find(Database, jobId) is { StateName: not null } job
        ? new StateData { Name = job.StateName, Reason = job.StateReason, Data = new Dictionary<string, string>(job.StateData, StringComparer.Ordinal) }
        : null;

    public override void AnnounceServer(string serverId, ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        ArgumentNullException.ThrowIfNull(context);
        runtime.Writer.Execute(write => ServerWrites.Announce(write, serverId, context.WorkerCount, context.Queues ?? []));
    }

    public override void RemoveServer(string serverId) => runtime.Writer.Execute(context => ServerWrites.Remove(context, serverId));

    public override void Heartbeat(string serverId)
    {
        if (!runtime.Writer.Execute(context => ServerWrites.Heartbeat(context, serverId)))
        {
            throw new BackgroundServerGoneException();
        }
    }

    public override int RemoveTimedOutServers(TimeSpan timeOut)
    {
        if (timeOut.Duration() != timeOut)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(timeOut));
        }

        return runtime.Writer.Execute(context => ServerWrites.RemoveTimedOut(context, timeOut));
    }

    public override HashSet<string> GetAllItemsFromSet(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.SetItems(Database, key).Select(item => item.Value).ToHashSet(StringComparer.Ordinal);
    }

    public override string? GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.SetItemsByScore(Database, key, fromScore, toScore, 0, 1).FirstOrDefault()?.Value;
    }

    public override List<string> GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return CollectionReads.SetItemsByScore(Database, key, fromScore, toScore, 0, count).Select(item => item.Value).ToList();
    }

    public override long GetSetCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Database.Sets.Count(Filters.Eq(nameof(SetItemDocument.Key), key));
    }

    public override long GetSetCount(IEnumerable<string> keys, int limit)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        long total = 0;
        foreach (var key in keys)
        {
            total += CollectionReads.SetItems(Database, key).Take((int)Math.Min(int.MaxValue, limit - total)).LongCount();
            if (total >= limit)
            {
                break;
            }
        }

        return Math.Min(total, limit);
    }

    public override bool GetSetContains(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return Database.Sets.FindById(StorageKeys.Compose(key, value)) is not null;
    }

    public override List<string> GetRangeFromSet(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        return endingAt < startingFrom ? [] : CollectionReads.AllSetItemsByScore(Database, key, startingFrom, endingAt - startingFrom + 1).Select(item => item.Value).ToList();
    }

    public override TimeSpan GetSetTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.Ttl(CollectionReads.SetItems(Database, key).Select(item => item.ExpireAt));
    }

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyValuePairs);
        var fields = keyValuePairs.ToList();
        runtime.Writer.Execute(context => HashWrites.SetRange(context, key, fields));
    }

    public override Dictionary<string, string>? GetAllEntriesFromHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fields = CollectionReads.HashFields(Database, key).ToDictionary(item => item.Field, item => item.Value!, StringComparer.Ordinal);
        return fields.Count == 0 ? null : fields;
    }

    public override string? GetValueFromHash(string key, string name)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(name);
        return Database.Hashes.FindById(StorageKeys.Compose(key, name))?.Value;
    }

    public override long GetHashCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Database.Hashes.Count(Filters.Eq(nameof(HashFieldDocument.Key), key));
    }

    public override TimeSpan GetHashTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.Ttl(CollectionReads.HashFields(Database, key).Select(item => item.ExpireAt));
    }

    public override long GetListCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Database.Lists.Count(Filters.Eq(nameof(ListItemDocument.Key), key));
    }

    public override List<string> GetAllItemsFromList(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.ListNewestFirst(Database, key).Select(item => item.Value).ToList();
    }

    public override List<string> GetRangeFromList(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        return endingAt < startingFrom ? [] : CollectionReads.ListNewestFirst(Database, key).Skip(startingFrom).Take(endingAt - startingFrom + 1).Select(item => item.Value).ToList();
    }

    public override TimeSpan GetListTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.Ttl(Database.Lists.Find(Filters.Eq(nameof(ListItemDocument.Key), key)).Select(item => item.ExpireAt));
    }

    public override long GetCounter(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return CollectionReads.Counter(Database, key);
    }

    public override DateTime GetUtcDateTime() => DateTime.UtcNow;
}
