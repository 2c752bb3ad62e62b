using Dashboard.Host.Collectors;
using Hangfire;
using Hangfire.Storage;

namespace Dashboard.Host.Scheduling;

/// <summary>Keeps exactly one Hangfire recurring job per enabled collector.</summary>
public sealed class CollectorJobScheduler(IRecurringJobManager recurringJobs, JobStorage storage, ILogger<CollectorJobScheduler> logger)
{
    private const string JobIdPrefix = "collector:";

    public static string RecurringJobId(string collectorId) => JobIdPrefix + collectorId;

    public void Apply(Collector collector)
    {
        // A disabled or paused collector keeps its settings and schedule in LiteDB; only the Hangfire job goes.
        if (!collector.Enabled || collector.Paused)
        {
            Remove(collector.Id);
            return;
        }

        recurringJobs.AddOrUpdate<CollectJob>(
            RecurringJobId(collector.Id),
            job => job.RunAsync(collector.Id, CancellationToken.None),
            collector.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(collector.TimeZone) });
        logger.LogInformation("Collector {CollectorId} scheduled: {Cron} ({TimeZone})", collector.Id, collector.Cron, collector.TimeZone);
    }

    public void Remove(string collectorId) => recurringJobs.RemoveIfExists(RecurringJobId(collectorId));

    /// <summary>Brings Hangfire in line with the stored collectors: adds, updates and removes jobs.</summary>
    public void Synchronise(IReadOnlyList<Collector> collectors)
    {
        foreach (var collector in collectors)
        {
            Apply(collector);
        }

        using var connection = storage.GetConnection();
        var wanted = collectors.Where(collector => collector is { Enabled: true, Paused: false }).Select(collector => RecurringJobId(collector.Id)).ToHashSet();
        foreach (var orphan in connection.GetRecurringJobs().Select(job => job.Id).Where(id => id.StartsWith(JobIdPrefix, StringComparison.Ordinal) && !wanted.Contains(id)))
        {
            recurringJobs.RemoveIfExists(orphan);
            logger.LogInformation("Removed recurring job {RecurringJobId}: its collector is gone, disabled or paused", orphan);
        }
    }

    /// <summary>Queues one collection now, outside the schedule; returns the Hangfire job id.</summary>
    public string RunNow(string collectorId, IBackgroundJobClient jobs) =>
        jobs.Enqueue<CollectJob>(job => job.RunNowAsync(collectorId, CancellationToken.None));
}
