using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>What a write sees while the writer applies it: the database, the group's clock and the writer's counters.</summary>
internal sealed class WriteContext
{
    private readonly WriterState _state;
    private readonly Dictionary<long, JobDocument?> _jobs = [];
    private readonly HashSet<long> _changedJobs = [];
    private readonly HashSet<long> _newJobs = [];
    private readonly Dictionary<string, CounterChange> _counters = new(StringComparer.Ordinal);

    public WriteContext(StorageDatabase database, WriterState state, DateTime utcNow)
    {
        Database = database;
        _state = state;
        UtcNow = utcNow;
    }

    public StorageDatabase Database { get; }

    public DateTime UtcNow { get; }

    public long NowTicks => UtcNow.Ticks;

    /// <summary>Set when a job became available in a queue, so that waiting fetchers are woken after the commit.</summary>
    public bool QueueChanged { get; set; }

    public List<string> NewQueueNames { get; } = [];

    public long NextQueueItemId() => _state.NextQueueItemId();

    /// <summary>
    /// True at most once per <paramref name="interval"/> per queue: searching for timed-out fetches on every claim
    /// would cost a query per job, while a dead worker's job may well wait a second longer.
    /// </summary>
    public bool IsTimedOutSearchDue(string queue, TimeSpan interval)
    {
        if (_state.LastTimedOutSearch.TryGetValue(queue, out var last) && NowTicks - last < interval.Ticks)
        {
            return false;
        }

        _state.LastTimedOutSearch[queue] = NowTicks;
        return true;
    }

    /// <summary>
    /// A job as this group sees it. A job changes several times per commit (created, state, expiry, parameters), so
    /// changes are kept here and each new or changed job is written once, by <see cref="SaveChanges"/>.
    /// </summary>
    public JobDocument? Job(long jobId)
    {
        if (!_jobs.TryGetValue(jobId, out var job))
        {
            job = Database.Jobs.FindById(jobId);
            _jobs[jobId] = job;
        }

        return job;
    }

    public void JobCreated(JobDocument job)
    {
        _jobs[job.Id] = job;
        _newJobs.Add(job.Id);
    }

    public void JobChanged(long jobId) => _changedJobs.Add(jobId);

    public void JobDeleted(long jobId)
    {
        _jobs[jobId] = null;
        _changedJobs.Remove(jobId);
        _newJobs.Remove(jobId);
    }

    /// <summary>Counters are summed per group: the statistics counters change with every job, and once per commit is enough.</summary>
    public void AddToCounter(string key, long delta, long? expireAt)
    {
        var change = _counters.GetValueOrDefault(key);
        _counters[key] = new CounterChange(change.Delta + delta, expireAt ?? change.ExpireAt);
    }

    public void SaveChanges()
    {
        foreach (var jobId in _newJobs)
        {
            Database.Jobs.Insert(_jobs[jobId]!);
        }

        foreach (var jobId in _changedJobs)
        {
            if (!_newJobs.Contains(jobId) && _jobs[jobId] is { } job)
            {
                Database.Jobs.Update(job);
            }
        }

        foreach (var (key, change) in _counters)
        {
            CounterWrites.Apply(this, key, change.Delta, change.ExpireAt);
        }

        _newJobs.Clear();
        _changedJobs.Clear();
        _counters.Clear();
    }

    public bool IsKnownQueue(string queue) => _state.KnownQueues.Contains(queue) || NewQueueNames.Contains(queue);
}
