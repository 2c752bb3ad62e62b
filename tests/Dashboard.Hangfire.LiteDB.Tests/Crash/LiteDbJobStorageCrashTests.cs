using System.Diagnostics;
using Dashboard.Hangfire.LiteDB.CrashHost;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Xunit.Abstractions;

namespace Dashboard.Hangfire.LiteDB.Tests.Crash;

/// <summary>
/// A child process writes to the storage and is killed with SIGKILL; the file is then reopened and checked:
/// no committed write lost, no half commit, no job stuck in Processing, recurring jobs intact, the file usable.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LiteDbJobStorageCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DatabasePath => _directory.File("hangfire.db");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Enqueue_KilledMidEnqueue_EveryJobWhoseEnqueueReturnedSurvivesAndRuns(int producers)
    {
        List<string> acknowledged;
        await using (var child = CrashHostProcess.Start("enqueue", DatabasePath, $"threads={producers}"))
        {
            acknowledged = await child.WaitForLinesAsync("enqueued ", 300);
            await child.KillAsync();
            acknowledged.AddRange(child.DrainLines().WithPrefix("enqueued "));
        }

        var jobIds = acknowledged.Select(CrashHostOutput.JobId).ToList();
        output.WriteLine($"{jobIds.Count} enqueues returned before the kill.");
        using (var storage = OpenStorage())
        using (var connection = storage.GetConnection())
        {
            var missing = jobIds.Where(id => connection.GetJobData(id)?.State != EnqueuedState.StateName).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {jobIds.Count} acknowledged jobs lost or not Enqueued: {string.Join(", ", missing.Take(10))}");
        }

        await RunUntilFinishedAsync(jobIds);
        AssertStorageHealthy();
    }

    [Fact]
    public async Task Processing_KilledWhileJobsRun_JobsRerunAfterInvisibilityTimeoutAndNoneStuck()
    {
        var jobIds = new List<string>();
        await using (var child = CrashHostProcess.Start("block", DatabasePath, "count=4", "workers=4"))
        {
            jobIds.AddRange((await child.WaitForLinesAsync("enqueued ", 4)).Select(CrashHostOutput.JobId));
            await child.WaitForLinesAsync("started ", 4);
            await child.KillAsync();
        }

        using (var storage = OpenStorage())
        using (var connection = storage.GetConnection())
        {
            Assert.All(jobIds, id => Assert.Equal(ProcessingState.StateName, connection.GetJobData(id).State));
        }

        var rerun = Stopwatch.StartNew();
        await RunUntilFinishedAsync(jobIds);
        output.WriteLine($"Jobs of the killed worker finished {rerun.ElapsedMilliseconds} ms after restart (invisibility timeout 2 s).");

        using (var storage = OpenStorage())
        using (var connection = storage.GetConnection())
        {
            Assert.All(jobIds, id => Assert.Equal(SucceededState.StateName, connection.GetJobData(id).State));
            Assert.Equal(0, storage.GetMonitoringApi().ProcessingCount());
        }

        AssertStorageHealthy();
    }

    [Fact]
    public async Task Processing_KilledAmidManyShortJobs_EveryJobFinishesAndOnlyInFlightOnesRunTwice()
    {
        const int jobCount = 400;
        const int workers = 4;
        List<string> jobIds;
        var finishedBefore = new List<string>();
        await using (var child = CrashHostProcess.Start("process", DatabasePath, $"count={jobCount}", $"workers={workers}"))
        {
            jobIds = (await child.WaitForLinesAsync("enqueued ", jobCount)).Select(CrashHostOutput.JobId).ToList();
            finishedBefore.AddRange((await child.WaitForLinesAsync("finished ", 100)).Select(CrashHostOutput.JobId));
            await child.KillAsync();
            finishedBefore.AddRange(child.DrainLines().WithPrefix("finished ").Select(CrashHostOutput.JobId));
        }

        var pending = jobIds.Except(finishedBefore).ToList();
        var finishedAfter = await RunUntilFinishedAsync(pending);

        var ranTwice = finishedAfter.Intersect(finishedBefore).Count();
        output.WriteLine($"{finishedBefore.Count} finished before the kill, {finishedAfter.Count} after the restart, {ranTwice} ran twice.");
        Assert.True(ranTwice <= workers, $"{ranTwice} jobs that had finished before the kill ran again; at most the {workers} in flight may.");
        using (var storage = OpenStorage())
        using (var connection = storage.GetConnection())
        {
            var notSucceeded = jobIds.Where(id => connection.GetJobData(id).State != SucceededState.StateName).ToList();
            Assert.True(notSucceeded.Count == 0, $"{notSucceeded.Count} jobs did not end Succeeded: {string.Join(", ", notSucceeded.Take(10))}");
            Assert.Equal(0, storage.GetMonitoringApi().ProcessingCount());
        }

        AssertStorageHealthy();
    }

    // The longer run writes about 60,000 documents before the kill, so LiteDB checkpoints its log along the way.
    [Theory]
    [InlineData(1, 30)]
    [InlineData(4, 150)]
    public async Task Commit_KilledMidCommit_EachTransactionWhollyPresentOrWhollyAbsent(int committingThreads, int commitsBeforeKill)
    {
        const int writes = 100;
        List<int> acknowledged;
        await using (var child = CrashHostProcess.Start("commit", DatabasePath, $"writes={writes}", $"threads={committingThreads}"))
        {
            var lines = await child.WaitForLinesAsync("committed ", commitsBeforeKill);
            await child.KillAsync();
            lines.AddRange(child.DrainLines().WithPrefix("committed "));
            acknowledged = lines.Select(CrashHostOutput.Number).ToList();
        }

        using var storage = OpenStorage();
        var connection = Assert.IsAssignableFrom<JobStorageConnection>(storage.GetConnection());
        var listCounts = connection.GetAllItemsFromList(ChildModes.CommitList).CountBy(v => v).ToDictionary();
        var present = 0;
        for (var batch = 0; batch <= acknowledged.Max() + (committingThreads * 2) + 10; batch++)
        {
            var setCount = connection.GetSetCount(ChildModes.CommitSetPrefix + batch);
            var hashCount = connection.GetHashCount(ChildModes.CommitHashPrefix + batch);
            var listCount = listCounts.GetValueOrDefault(batch.ToString());
            var whole = setCount == writes && hashCount == writes && listCount == writes;
            var absent = setCount == 0 && hashCount == 0 && listCount == 0;
            Assert.True(whole || absent, $"Batch {batch} is half written: set {setCount}, hash {hashCount}, list {listCount} of {writes}.");
            Assert.True(whole || !acknowledged.Contains(batch), $"Batch {batch} was acknowledged but is missing.");
            present += whole ? 1 : 0;
        }

        output.WriteLine($"{acknowledged.Count} commits acknowledged before the kill, {present} found whole afterwards.");
        Assert.Equal(writes * present, connection.GetCounter(ChildModes.CommitCounter));
        connection.Dispose();
        storage.Dispose();
        AssertStorageHealthy();
    }

    [Fact]
    public async Task Recurring_KilledAfterRegistration_RecurringJobsIntactAndRunnable()
    {
        const int count = 20;
        await using (var child = CrashHostProcess.Start("recurring", DatabasePath, $"count={count}"))
        {
            await child.WaitForLineAsync("ready");
            await child.KillAsync();
        }

        var jobIds = new List<string>();
        using (var storage = OpenStorage())
        using (var connection = storage.GetConnection())
        {
            var recurring = connection.GetRecurringJobs();
            Assert.Equal(
                Enumerable.Range(0, count).Select(i => ChildModes.RecurringPrefix + i).Order(),
                recurring.Select(r => r.Id).Order());
            Assert.All(recurring, r =>
            {
                Assert.Equal("*/5 * * * *", r.Cron);
                Assert.Null(r.LoadException);
                Assert.Equal(nameof(CrashJobs.Work), r.Job.Method.Name);
                Assert.NotNull(r.NextExecution);
            });

            var manager = new RecurringJobManager(storage);
            jobIds.AddRange(recurring.Select(r => manager.TriggerJob(r.Id)));
        }

        await RunUntilFinishedAsync(jobIds);
        AssertStorageHealthy();
    }

    [Fact]
    public async Task Enqueue_WriterInUtcPlus14_TimesReadBackAsUtc()
    {
        List<string> acknowledged;
        var farEast = new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati" };
        await using (var child = CrashHostProcess.Start(farEast, "enqueue", DatabasePath))
        {
            acknowledged = await child.WaitForLinesAsync("enqueued ", 5);
            await child.KillAsync();
        }

        using var storage = OpenStorage();
        using var connection = storage.GetConnection();
        var jobId = CrashHostOutput.JobId(acknowledged[0]);
        var now = DateTime.UtcNow;
        var data = connection.GetJobData(jobId);
        var details = storage.GetMonitoringApi().JobDetails(jobId);
        var enqueuedAt = JobHelper.DeserializeNullableDateTime(connection.GetStateData(jobId).Data["EnqueuedAt"]);

        AssertNearNow(data.CreatedAt, now);
        AssertNearNow(details.CreatedAt!.Value, now);
        AssertNearNow(details.History[0].CreatedAt, now);
        AssertNearNow(enqueuedAt!.Value, now);
    }

    [Fact]
    public async Task AcquireDistributedLock_HolderKilled_LockExpiresForOthers()
    {
        await using (var child = CrashHostProcess.Start("lock", DatabasePath, "locklifetime=3000", "hold=2000"))
        {
            await child.WaitForLineAsync("locked");
            await child.KillAsync();
        }

        using var storage = OpenStorage();
        using var connection = storage.GetConnection();
        var waited = Stopwatch.StartNew();
        using (connection.AcquireDistributedLock(ChildModes.LockResource, TimeSpan.FromSeconds(30)))
        {
            output.WriteLine($"The lock of the killed holder (held 2 s, lifetime 3 s) was free after {waited.ElapsedMilliseconds} ms.");
        }
    }

    public void Dispose() => _directory.Dispose();

    private static void AssertNearNow(DateTime instant, DateTime utcNow) =>
        Assert.InRange(instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant, utcNow.AddMinutes(-2), utcNow.AddMinutes(1));

    private LiteDbJobStorage OpenStorage() =>
        new(DatabasePath, new LiteDbStorageOptions { InvisibilityTimeout = TimeSpan.FromSeconds(2) });

    /// <summary>
    /// Restarts the host on the file with a short invisibility timeout, awaits every given job's "finished" line,
    /// and returns every job that finished in this run (others included).
    /// </summary>
    private async Task<List<string>> RunUntilFinishedAsync(IReadOnlyCollection<string> jobIds)
    {
        await using var child = CrashHostProcess.Start("serve", DatabasePath, "invisibility=2000", "workers=4");
        var pending = jobIds.ToHashSet();
        var finished = new List<string>();
        while (pending.Count > 0)
        {
            var jobId = CrashHostOutput.JobId(await child.WaitForLineAsync("finished "));
            finished.Add(jobId);
            pending.Remove(jobId);
        }

        await child.SendAsync("stop");
        finished.AddRange((await child.WaitForLinesUntilAsync("stopped")).WithPrefix("finished ").Select(CrashHostOutput.JobId));
        Assert.Equal(0, await child.WaitForExitAsync());
        return finished;
    }

    /// <summary>The file opens cleanly: a new storage on it takes, hands out and completes a new job.</summary>
    private void AssertStorageHealthy()
    {
        using var storage = OpenStorage();
        var jobId = new BackgroundJobClient(storage).Enqueue(() => CrashJobs.Work(-1, null));
        using var connection = storage.GetConnection();
        using (var fetched = FetchJob(connection, jobId))
        {
            fetched.RemoveFromQueue();
        }

        Assert.NotNull(storage.GetMonitoringApi().JobDetails(jobId));
    }

    // Jobs of the killed child may still sit in the queue ahead of the new one.
    private static IFetchedJob FetchJob(IStorageConnection connection, string jobId)
    {
        while (true)
        {
            var fetched = connection.FetchNextJob(["default"], new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            if (fetched.JobId == jobId)
            {
                return fetched;
            }

            fetched.RemoveFromQueue();
            fetched.Dispose();
        }
    }
}
