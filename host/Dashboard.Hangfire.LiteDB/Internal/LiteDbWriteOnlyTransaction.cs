using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Queue;
using Dashboard.Hangfire.LiteDB.Internal.Reading;
using Dashboard.Hangfire.LiteDB.Internal.Writing;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal;

/// <summary>
/// Records Hangfire's writes and hands them to the single writer as one command on <see cref="Commit"/>:
/// they land in one LiteDB transaction (all or nothing) and nothing is visible before.
/// </summary>
internal sealed class LiteDbWriteOnlyTransaction(StorageRuntime runtime, LiteDbConnection connection) : JobStorageTransaction
{
    private readonly List<Action<WriteContext>> _writes = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<IDisposable> _locks = [];
    private bool _committed;

    public override void ExpireJob(string jobId, TimeSpan expireIn) => ForJob(jobId, (context, id) => JobWrites.Expire(context, id, expireIn));

    public override void PersistJob(string jobId) => ForJob(jobId, JobWrites.Persist);

    public override void SetJobState(string jobId, IState state)
    {
        var record = StateRecord.Of(state);
        ForJob(jobId, (context, id) => JobWrites.SetState(context, id, record));
    }

    public override void AddJobState(string jobId, IState state)
    {
        var record = StateRecord.Of(state);
        ForJob(jobId, (context, id) => JobWrites.AddState(context, id, record));
    }

    public override void AddToQueue(string queue, string jobId)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ForJob(jobId, (context, id) => QueueWrites.Enqueue(context, queue, id));
    }

    public override void RemoveFromQueue(IFetchedJob fetchedJob)
    {
        if (fetchedJob is not LiteDbFetchedJob fetched)
        {
            throw new NotSupportedException($"Only jobs fetched from a LiteDB storage can be removed here, not {fetchedJob?.GetType().Name}.");
        }

        _writes.Add(context => QueueWrites.Remove(context, fetched.ItemId, fetched.Token));
        _afterCommit.Add(fetched.MarkFinished);
    }

    public override void IncrementCounter(string key) => _writes.Add(context => CounterWrites.Add(context, key, 1, null));

    public override void IncrementCounter(string key, TimeSpan expireIn) => _writes.Add(context => CounterWrites.Add(context, key, 1, expireIn));

    public override void DecrementCounter(string key) => _writes.Add(context => CounterWrites.Add(context, key, -1, null));

    public override void DecrementCounter(string key, TimeSpan expireIn) => _writes.Add(context => CounterWrites.Add(context, key, -1, expireIn));

    public override void AddToSet(string key, string value) => AddToSet(key, value, 0.0);

    public override void AddToSet(string key, string value, double score)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _writes.Add(context => SetWrites.Add(context, key, value, score));
    }

    public override void AddRangeToSet(string key, IList<string> items)
    {
        ArgumentNullException.ThrowIfNull(key);
        var values = items.ToList();
        _writes.Add(context => values.ForEach(value => SetWrites.Add(context, key, value, 0.0)));
    }

    public override void RemoveFromSet(string key, string value) => _writes.Add(context => SetWrites.Remove(context, key, value));

    public override void RemoveSet(string key) => _writes.Add(context => SetWrites.RemoveSet(context, key));

    public override void ExpireSet(string key, TimeSpan expireIn) => _writes.Add(context => SetWrites.SetExpiration(context, key, context.NowTicks + expireIn.Ticks));

    public override void PersistSet(string key) => _writes.Add(context => SetWrites.SetExpiration(context, key, null));

    public override void InsertToList(string key, string value) => _writes.Add(context => ListWrites.Insert(context, key, value));

    public override void RemoveFromList(string key, string value) => _writes.Add(context => ListWrites.Remove(context, key, value));

    public override void TrimList(string key, int keepStartingFrom, int keepEndingAt) =>
        _writes.Add(context => ListWrites.Trim(context, key, keepStartingFrom, keepEndingAt));

    public override void ExpireList(string key, TimeSpan expireIn) => _writes.Add(context => ListWrites.SetExpiration(context, key, context.NowTicks + expireIn.Ticks));

    public override void PersistList(string key) => _writes.Add(context => ListWrites.SetExpiration(context, key, null));

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fields = keyValuePairs.ToList();
        _writes.Add(context => HashWrites.SetRange(context, key, fields));
    }

    public override void RemoveHash(string key) => _writes.Add(context => HashWrites.Remove(context, key));

    public override void ExpireHash(string key, TimeSpan expireIn) => _writes.Add(context => HashWrites.SetExpiration(context, key, context.NowTicks + expireIn.Ticks));

    public override void PersistHash(string key) => _writes.Add(context => HashWrites.SetExpiration(context, key, null));

    public override string CreateJob(Job job, IDictionary<string, string?> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jobId = runtime.NextJobId();
        var payload = JobReads.Serialize(job);
        var snapshot = new Dictionary<string, string?>(parameters ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        _writes.Add(context => JobWrites.Insert(context, jobId, payload, createdAt, snapshot, expireIn));
        return jobId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override void SetJobParameter(string jobId, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ForJob(jobId, (context, id) => JobWrites.SetParameter(context, id, name, value));
    }

    public override void AcquireDistributedLock(string resource, TimeSpan timeout) =>
        _locks.Add(runtime.Locks.Acquire(resource, connection, connection.OwnerId, timeout, stored: false));

    public override void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException("This transaction has already been committed.");
        }

        _committed = true;
        if (_writes.Count > 0)
        {
            var writes = _writes.ToArray();
            runtime.Writer.Execute(context =>
            {
                foreach (var write in writes)
                {
                    write(context);
                }
            });
        }

        _afterCommit.ForEach(action => action());
    }

    public override void Dispose()
    {
        ReleaseLocks();
        base.Dispose();
    }

    private void ForJob(string jobId, Action<WriteContext, long> write)
    {
        if (StorageKeys.TryParseJobId(jobId, out var id))
        {
            _writes.Add(context => write(context, id));
        }
    }

    private void ReleaseLocks()
    {
        for (var i = _locks.Count - 1; i >= 0; i--)
        {
            _locks[i].Dispose();
        }

        _locks.Clear();
    }
}
