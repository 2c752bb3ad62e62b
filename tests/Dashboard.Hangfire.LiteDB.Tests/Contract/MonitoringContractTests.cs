using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>The monitoring API behind the Hangfire Dashboard: counts, job details, paged lists, queues and statistics.</summary>
public abstract class MonitoringContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    private BackgroundJobClient Client => new(Storage);

    [Fact]
    public void GetStatistics_JobsInEveryState_CountsMatch()
    {
        for (var i = 0; i < 3; i++)
        {
            Client.Create(() => ContractJobs.Method(i, "enqueued"), new EnqueuedState("default"));
        }

        Client.Create(() => ContractJobs.Method(0, "other queue"), new EnqueuedState("critical"));
        CreateScheduled(2);
        MoveTo(CreateScheduled(1), new ProcessingStateStub("server", "worker"));
        MoveTo(CreateScheduled(2), new SucceededState(null, 1, 1));
        MoveTo(CreateScheduled(1), new FailedState(new InvalidOperationException("boom")));
        MoveTo(CreateScheduled(1), new DeletedState());
        new RecurringJobManager(Storage).AddOrUpdate("recurring-1", () => ContractJobs.Method(1, "recurring"), Cron.Daily());
        Connection.AnnounceServer("server", new ServerContext { WorkerCount = 1, Queues = ["default"] });

        var statistics = Storage.GetMonitoringApi().GetStatistics();

        Assert.Equal(4, statistics.Enqueued);
        Assert.Equal(2, statistics.Queues);
        Assert.Equal(2, statistics.Scheduled);
        Assert.Equal(1, statistics.Processing);
        Assert.Equal(2, statistics.Succeeded);
        Assert.Equal(1, statistics.Failed);
        Assert.Equal(1, statistics.Deleted);
        Assert.Equal(1, statistics.Recurring);
        Assert.Equal(1, statistics.Servers);
    }

    [Fact]
    public void Counts_JobsInEveryState_MatchThePagedLists()
    {
        var enqueued = Enumerable.Range(0, 3).Select(i => Client.Create(() => ContractJobs.Method(i, "q"), new EnqueuedState("default"))).ToList();
        var scheduled = CreateScheduled(2);
        var processing = MoveTo(CreateScheduled(1), new ProcessingStateStub("server", "worker"));
        var succeeded = MoveTo(CreateScheduled(3), new SucceededState(null, 1, 1));
        var failed = MoveTo(CreateScheduled(2), new FailedState(new InvalidOperationException("boom")));
        var deleted = MoveTo(CreateScheduled(1), new DeletedState());
        var monitoring = Storage.GetMonitoringApi();

        Assert.Equal(3, monitoring.EnqueuedCount("default"));
        Assert.Equal(2, monitoring.ScheduledCount());
        Assert.Equal(1, monitoring.ProcessingCount());
        Assert.Equal(3, monitoring.SucceededListCount());
        Assert.Equal(2, monitoring.FailedCount());
        Assert.Equal(1, monitoring.DeletedListCount());
        Assert.Equal(enqueued, monitoring.EnqueuedJobs("default", 0, 10).Select(j => j.Key));
        Assert.Equal(scheduled.Order(), monitoring.ScheduledJobs(0, 10).Select(j => j.Key).Order());
        Assert.Equal(processing, monitoring.ProcessingJobs(0, 10).Select(j => j.Key));
        Assert.Equal(succeeded.Order(), monitoring.SucceededJobs(0, 10).Select(j => j.Key).Order());
        Assert.Equal(failed.Order(), monitoring.FailedJobs(0, 10).Select(j => j.Key).Order());
        Assert.Equal(deleted, monitoring.DeletedJobs(0, 10).Select(j => j.Key));
    }

    [Fact]
    public void EnqueuedJobs_SecondPage_ReturnsThatSliceInQueueOrder()
    {
        var ids = Enumerable.Range(0, 5).Select(i => Client.Create(() => ContractJobs.Method(i, "q"), new EnqueuedState("default"))).ToList();

        var page = Storage.GetMonitoringApi().EnqueuedJobs("default", 2, 2);

        Assert.Equal(ids.Skip(2).Take(2), page.Select(j => j.Key));
        Assert.All(page, j => Assert.True(j.Value.InEnqueuedState));
        Assert.All(page, j => Assert.Equal(nameof(ContractJobs.Method), j.Value.Job.Method.Name));
    }

    [Fact]
    public void SucceededJobs_Paged_NewestFirstWithDetails()
    {
        var ids = MoveTo(CreateScheduled(4), new SucceededState("result", 10, 20));

        var page = Storage.GetMonitoringApi().SucceededJobs(1, 2);

        Assert.Equal(((IEnumerable<string>)ids).Reverse().Skip(1).Take(2), page.Select(j => j.Key));
        Assert.All(page, j => Assert.Equal(30, j.Value.TotalDuration));
        Assert.All(page, j => Assert.True(j.Value.InSucceededState));
    }

    [Fact]
    public void FailedJobs_FailedJob_CarriesExceptionDetails()
    {
        var id = Assert.Single(MoveTo(CreateScheduled(1), new FailedState(new InvalidOperationException("boom")) { Reason = "why" }));

        var failed = Assert.Single(Storage.GetMonitoringApi().FailedJobs(0, 10));

        Assert.Equal(id, failed.Key);
        Assert.Equal("System.InvalidOperationException", failed.Value.ExceptionType);
        Assert.Equal("boom", failed.Value.ExceptionMessage);
        Assert.Equal("why", failed.Value.Reason);
    }

    [Fact]
    public void JobDetails_ExistingJob_ReturnsJobParametersAndHistoryNewestFirst()
    {
        var id = Client.Create(() => ContractJobs.Method(5, "details"), new ScheduledState(TimeSpan.FromHours(1)));
        MoveTo([id], new EnqueuedState("default"));

        var details = Storage.GetMonitoringApi().JobDetails(id);

        Assert.Equal([5, "details"], details.Job.Args);
        Assert.NotNull(details.CreatedAt);
        Assert.InRange(details.CreatedAt.Value, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Contains("CurrentCulture", details.Properties.Keys);
        Assert.Equal([EnqueuedState.StateName, ScheduledState.StateName], details.History.Select(h => h.StateName));
        Assert.Equal("default", details.History[0].Data["Queue"]);
    }

    [Fact]
    public void JobDetails_UnknownJob_ReturnsNull()
    {
        Assert.Null(Storage.GetMonitoringApi().JobDetails("987654321"));
    }

    [Fact]
    public void Queues_TwoQueues_EachWithLengthAndFirstJobs()
    {
        var critical = Client.Create(() => ContractJobs.Method(1, "c"), new EnqueuedState("critical"));
        var defaults = Enumerable.Range(0, 2).Select(i => Client.Create(() => ContractJobs.Method(i, "d"), new EnqueuedState("default"))).ToList();

        var queues = Storage.GetMonitoringApi().Queues().OrderBy(q => q.Name).ToList();

        Assert.Equal(["critical", "default"], queues.Select(q => q.Name));
        Assert.Equal([1L, 2L], queues.Select(q => q.Length));
        Assert.Equal([critical], queues[0].FirstJobs.Select(j => j.Key));
        Assert.Equal(defaults, queues[1].FirstJobs.Select(j => j.Key));
    }

    [Fact]
    public void SucceededByDatesCount_JobsSucceededToday_CountedUnderTodayAndThisHour()
    {
        MoveTo(CreateScheduled(2), new SucceededState(null, 1, 1));
        MoveTo(CreateScheduled(1), new FailedState(new InvalidOperationException("boom")));
        MoveTo(CreateScheduled(3), new DeletedState());
        var monitoring = Storage.GetMonitoringApi();

        var byDate = monitoring.SucceededByDatesCount();
        var hourly = monitoring.HourlySucceededJobs();

        Assert.Equal(7, byDate.Count);
        Assert.Equal(2, byDate[DateTime.UtcNow.Date]);
        Assert.Equal(24, hourly.Count);
        Assert.Equal(2, hourly.Values.Sum());
        Assert.Equal(1, monitoring.FailedByDatesCount()[DateTime.UtcNow.Date]);
        Assert.Equal(1, monitoring.HourlyFailedJobs().Values.Sum());
        if (Storage.HasFeature(JobStorageFeatures.Monitoring.DeletedStateGraphs))
        {
            var extended = Assert.IsAssignableFrom<JobStorageMonitor>(monitoring);
            Assert.Equal(3, extended.DeletedByDatesCount()[DateTime.UtcNow.Date]);
            Assert.Equal(3, extended.HourlyDeletedJobs().Values.Sum());
        }
    }

    [Fact]
    public void AwaitingJobs_ContinuationOfUnfinishedJob_ListedWhereSupported()
    {
        var parent = CreateScheduled(1)[0];
        var continuation = Client.ContinueJobWith(parent, () => ContractJobs.Method(2, "continuation"));
        var monitoring = Storage.GetMonitoringApi();

        if (Storage.HasFeature(JobStorageFeatures.Monitoring.AwaitingJobs))
        {
            var extended = Assert.IsAssignableFrom<JobStorageMonitor>(monitoring);
            Assert.Equal(1, extended.AwaitingCount());
            Assert.Equal([continuation], extended.AwaitingJobs(0, 10).Select(j => j.Key));
            Assert.Equal(1, monitoring.GetStatistics().Awaiting);
        }
        else
        {
            Assert.Equal(AwaitingState.StateName, Connection.GetJobData(continuation).State);
        }
    }

    [Fact]
    public void Enqueue_JobWithOwnQueue_UsesThatQueueWhereSupported()
    {
        if (Storage.HasFeature(JobStorageFeatures.JobQueueProperty))
        {
            var id = Client.Enqueue("critical", () => ContractJobs.Method(1, "queued"));

            Assert.Equal("critical", Connection.GetJobData(id).Job.Queue);
            Assert.Equal(1, Storage.GetMonitoringApi().EnqueuedCount("critical"));
        }
        else
        {
            Assert.ThrowsAny<Exception>(() => Client.Enqueue("critical", () => ContractJobs.Method(1, "queued")));
        }
    }

    private List<string> CreateScheduled(int count) =>
        Enumerable.Range(0, count).Select(i => Client.Create(() => ContractJobs.Method(i, "scheduled"), new ScheduledState(TimeSpan.FromHours(1)))).ToList();

    private List<string> MoveTo(List<string> ids, IState state)
    {
        foreach (var id in ids)
        {
            Assert.True(Client.ChangeState(id, state));
        }

        return ids;
    }
}
