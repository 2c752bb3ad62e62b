using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>What a write sees while the writer applies it: the database, the group's clock and the writer's counters.</summary>
internal sealed class WriteContext
{
    private readonly WriterState _state;
    private readonly Dictionary<long, JobDocument?> _jobs = [];
    private readonly HashSet<long> _changedJobs = [];

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
    /// A job as this group sees it. A job changes several times per commit (state, expiry, parameters), so changes
    /// are kept here and each changed job is written once, by <see cref="SaveChangedJobs"/>.
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

    public void JobInserted(JobDocument job) => _jobs[job.Id] = job;

    public void JobChanged(long jobId) => _changedJobs.Add(jobId);

    public void JobDeleted(long jobId)
    {
        _jobs[jobId] = null;
        _changedJobs.Remove(jobId);
    }

    public void SaveChangedJobs()
    {
        foreach (var jobId in _changedJobs)
        {
            if (_jobs[jobId] is { } job)
            {
                Database.Jobs.Update(job);
            }
        }

        _changedJobs.Clear();
    }

    public bool IsKnownQueue(string queue) => _state.KnownQueues.Contains(queue) || NewQueueNames.Contains(queue);
}
