using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>A real BackgroundJobServer on the storage: delayed jobs, retries, continuations and recurring jobs run.</summary>
public abstract class ServerProcessingContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    private readonly string _token = Guid.NewGuid().ToString("N");

    private BackgroundJobClient Client => new(Storage);

    [Fact]
    public async Task Schedule_DelayedJob_RunsOnceDue()
    {
        var jobId = Client.Schedule(() => JobProbe.Signal(_token), TimeSpan.FromSeconds(1));
        Assert.Equal(ScheduledState.StateName, Connection.GetJobData(jobId).State);

        using (StartServer())
        {
            await JobProbe.Expect(_token).WaitAsync(RunTimeout);
        }

        Assert.Equal(SucceededState.StateName, Connection.GetJobData(jobId).State);
    }

    [Fact]
    public async Task Enqueue_JobFailingOnce_RetriedAndSucceeds()
    {
        var jobId = Client.Enqueue(() => JobProbe.FailOnce(_token));

        using (StartServer())
        {
            await JobProbe.Expect(_token).WaitAsync(RunTimeout);
        }

        Assert.Equal(2, JobProbe.AttemptsOf(_token));
        Assert.Equal(SucceededState.StateName, Connection.GetJobData(jobId).State);
        Assert.Equal("1", Connection.GetJobParameter(jobId, "RetryCount"));
        var history = Storage.GetMonitoringApi().JobDetails(jobId).History.Select(h => h.StateName).ToList();
        Assert.Contains(FailedState.StateName, history);
        Assert.Contains(ScheduledState.StateName, history);
    }

    [Fact]
    public async Task ContinueJobWith_ParentSucceeds_ContinuationRuns()
    {
        var parentToken = _token + "-parent";
        var parent = Client.Enqueue(() => JobProbe.Signal(parentToken));
        var continuation = Client.ContinueJobWith(parent, () => JobProbe.Signal(_token));

        using (StartServer())
        {
            await JobProbe.Expect(_token).WaitAsync(RunTimeout);
        }

        Assert.True(JobProbe.Expect(parentToken).IsCompleted);
        Assert.Equal(SucceededState.StateName, Connection.GetJobData(continuation).State);
    }

    [Fact]
    public async Task TriggerJob_RecurringJob_RunsAndRecordsLastJob()
    {
        var manager = new RecurringJobManager(Storage);
        manager.AddOrUpdate("probe", () => JobProbe.Signal(_token), Cron.Yearly());

        using (StartServer())
        {
            var jobId = manager.TriggerJob("probe");
            await JobProbe.Expect(_token).WaitAsync(RunTimeout);
            Assert.Equal(jobId, Assert.Single(Connection.GetRecurringJobs()).LastJobId);
        }
    }

    [Fact]
    public async Task Enqueue_JobRunningLongerThanInvisibilityTimeout_NotHandedToAnotherWorker()
    {
        var jobId = Client.Enqueue(() => JobProbe.RunUntilReleased(_token));

        using (StartServer())
        using (StartServer())
        {
            await JobProbe.Expect($"{_token}-started-1").WaitAsync(RunTimeout);
            var secondStart = await Record.ExceptionAsync(() => JobProbe.Expect($"{_token}-started-2").WaitAsync(InvisibilityTimeout * 3));
            JobProbe.Release(_token);
            await JobProbe.Expect(_token).WaitAsync(RunTimeout);

            Assert.IsType<TimeoutException>(secondStart);
        }

        Assert.Equal(1, JobProbe.AttemptsOf(_token));
        Assert.Equal(SucceededState.StateName, Connection.GetJobData(jobId).State);
    }

    private BackgroundJobServer StartServer() =>
        new(
            new BackgroundJobServerOptions
            {
                WorkerCount = 2,
                Queues = ["default"],
                SchedulePollingInterval = TimeSpan.FromMilliseconds(500),
            },
            Storage);
}
