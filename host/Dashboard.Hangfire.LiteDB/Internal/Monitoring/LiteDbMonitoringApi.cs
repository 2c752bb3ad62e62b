using System.Globalization;
using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Queue;
using Dashboard.Hangfire.LiteDB.Internal.Reading;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Monitoring;

/// <summary>Everything the Hangfire Dashboard shows, read from committed data with index ranges.</summary>
internal sealed class LiteDbMonitoringApi(StorageDatabase database) : JobStorageMonitor
{
    public override IList<QueueWithTopEnqueuedJobsDto> Queues() =>
        database.QueueNames.FindAll().Select(queue => queue.Id).OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new QueueWithTopEnqueuedJobsDto
            {
                Name = name,
                Length = EnqueuedCount(name),
                Fetched = FetchedCount(name),
                FirstJobs = EnqueuedJobs(name, 0, 5),
            })
            .ToList();

    public override IList<ServerDto> Servers() =>
        database.Servers.FindAll().OrderBy(server => server.Id, StringComparer.Ordinal)
            .Select(server => new ServerDto
            {
                Name = server.Id,
                WorkersCount = server.WorkerCount,
                Queues = server.Queues,
                StartedAt = StorageKeys.FromTicks(server.StartedAt),
                Heartbeat = StorageKeys.FromTicks(server.Heartbeat),
            })
            .ToList();

    public override JobDetailsDto? JobDetails(string jobId)
    {
        if (JobReads.Find(database, jobId) is not { } job)
        {
            return null;
        }

        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        var history = database.States.Find(Filters.Eq(nameof(StateDocument.JobId), job.Id))
            .OrderByDescending(state => state.Id)
            .Select(state => new StateHistoryDto
            {
                StateName = state.Name,
                Reason = state.Reason,
                CreatedAt = StorageKeys.FromTicks(state.CreatedAt),
                Data = new Dictionary<string, string>(state.Data, StringComparer.Ordinal),
            })
            .ToList();
        return new JobDetailsDto
        {
            Job = loaded,
            InvocationData = data,
            LoadException = error,
            CreatedAt = StorageKeys.FromTicks(job.CreatedAt),
            ExpireAt = job.ExpireAt is { } expireAt ? StorageKeys.FromTicks(expireAt) : null,
            Properties = new Dictionary<string, string>(job.Parameters, StringComparer.Ordinal),
            History = history,
        };
    }

    public override StatisticsDto GetStatistics() => new()
    {
        Servers = database.Servers.Count(),
        Queues = database.QueueNames.Count(),
        Recurring = database.Sets.Count(Filters.Eq(nameof(SetItemDocument.Key), "recurring-jobs")),
        Retries = database.Sets.Count(Filters.Eq(nameof(SetItemDocument.Key), "retries")),
        Enqueued = JobListReads.CountInState(database, EnqueuedState.StateName),
        Scheduled = ScheduledCount(),
        Processing = ProcessingCount(),
        Failed = FailedCount(),
        Awaiting = AwaitingCount(),
        Succeeded = CollectionReads.Counter(database, "stats:succeeded"),
        Deleted = CollectionReads.Counter(database, "stats:deleted"),
    };

    public override JobList<EnqueuedJobDto> EnqueuedJobs(string queue, int from, int perPage)
    {
        var jobs = QueueItemsPage(QueueSlots.AllWaiting(queue), from, perPage).Select(item => database.Jobs.FindById(item.JobId)).OfType<JobDocument>();
        return JobDtoFactory.ToList(jobs, JobDtoFactory.Enqueued);
    }

    public override JobList<FetchedJobDto> FetchedJobs(string queue, int from, int perPage)
    {
        var pairs = QueueItemsPage(QueueSlots.AllFetched(queue), from, perPage)
            .Select(item => (Item: item, Job: database.Jobs.FindById(item.JobId)))
            .Where(pair => pair.Job is not null);
        return new JobList<FetchedJobDto>(pairs.Select(pair => new KeyValuePair<string, FetchedJobDto>(
            pair.Job.Id.ToString(CultureInfo.InvariantCulture), JobDtoFactory.Fetched(pair.Job, pair.Item.FetchedAt))));
    }

    public override JobList<ProcessingJobDto> ProcessingJobs(int from, int count) => Page(ProcessingState.StateName, from, count, JobDtoFactory.Processing);

    public override JobList<ScheduledJobDto> ScheduledJobs(int from, int count) => Page(ScheduledState.StateName, from, count, JobDtoFactory.Scheduled);

    public override JobList<SucceededJobDto> SucceededJobs(int from, int count) => Page(SucceededState.StateName, from, count, JobDtoFactory.Succeeded);

    public override JobList<FailedJobDto> FailedJobs(int from, int count) => Page(FailedState.StateName, from, count, JobDtoFactory.Failed);

    public override JobList<DeletedJobDto> DeletedJobs(int from, int count) => Page(DeletedState.StateName, from, count, JobDtoFactory.Deleted);

    public override JobList<AwaitingJobDto> AwaitingJobs(int from, int count) =>
        Page(AwaitingState.StateName, from, count, job => JobDtoFactory.Awaiting(job, ParentStateOf(job)));

    public override long ScheduledCount() => JobListReads.CountInState(database, ScheduledState.StateName);

    public override long EnqueuedCount(string queue) => database.QueueItems.Count(QueueSlots.AllWaiting(queue));

    public override long FetchedCount(string queue) => database.QueueItems.Count(QueueSlots.AllFetched(queue));

    public override long FailedCount() => JobListReads.CountInState(database, FailedState.StateName);

    public override long ProcessingCount() => JobListReads.CountInState(database, ProcessingState.StateName);

    public override long SucceededListCount() => JobListReads.CountInState(database, SucceededState.StateName);

    public override long DeletedListCount() => JobListReads.CountInState(database, DeletedState.StateName);

    public override long AwaitingCount() => JobListReads.CountInState(database, AwaitingState.StateName);

    public override IDictionary<DateTime, long> SucceededByDatesCount() => StatisticsReads.Daily(database, "succeeded");

    public override IDictionary<DateTime, long> FailedByDatesCount() => StatisticsReads.Daily(database, "failed");

    public override IDictionary<DateTime, long> DeletedByDatesCount() => StatisticsReads.Daily(database, "deleted");

    public override IDictionary<DateTime, long> HourlySucceededJobs() => StatisticsReads.Hourly(database, "succeeded");

    public override IDictionary<DateTime, long> HourlyFailedJobs() => StatisticsReads.Hourly(database, "failed");

    public override IDictionary<DateTime, long> HourlyDeletedJobs() => StatisticsReads.Hourly(database, "deleted");

    private List<QueueItemDocument> QueueItemsPage(BsonExpression range, int from, int perPage) =>
        database.QueueItems.Find(range, Math.Max(0, from), Math.Max(0, perPage)).ToList();

    private JobList<TDto> Page<TDto>(string stateName, int from, int count, Func<JobDocument, TDto> map) =>
        JobDtoFactory.ToList(JobListReads.PageInState(database, stateName, from, count), map);

    private string? ParentStateOf(JobDocument job) =>
        job.StateData.TryGetValue("ParentId", out var parentId) ? JobReads.Find(database, parentId)?.StateName : null;
}
