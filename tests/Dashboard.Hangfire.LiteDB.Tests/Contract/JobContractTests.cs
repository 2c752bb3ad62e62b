using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire.States;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Tests.Contract;

/// <summary>Jobs: invocation data, parameters and state data as written.</summary>
public abstract class JobContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    [Fact]
    public void CreateExpiredJob_WithParameters_JobDataAndParametersReadBack()
    {
        var createdAt = DateTime.UtcNow;

        var jobId = CreateJob(42, new Dictionary<string, string> { ["CurrentCulture"] = "en-US", ["Empty"] = null! }, createdAt);

        var data = Connection.GetJobData(jobId);
        Assert.NotNull(data);
        Assert.Null(data.LoadException);
        Assert.Equal(typeof(ContractJobs), data.Job.Type);
        Assert.Equal(nameof(ContractJobs.Method), data.Job.Method.Name);
        Assert.Equal([42, "text"], data.Job.Args);
        Assert.InRange(data.CreatedAt, createdAt.AddMinutes(-1), createdAt.AddMinutes(1));
        Assert.Null(data.State);
        Assert.Equal("en-US", Connection.GetJobParameter(jobId, "CurrentCulture"));
        Assert.Null(Connection.GetJobParameter(jobId, "Empty"));
    }

    [Fact]
    public void CreateExpiredJob_ManyJobs_IdsAreDistinct()
    {
        var ids = Enumerable.Range(0, 50).Select(i => CreateJob(i)).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void GetJobData_UnknownId_ReturnsNull()
    {
        CreateJob();

        Assert.Null(Connection.GetJobData("123456789"));
        Assert.Null(Connection.GetJobData("not-an-id"));
        Assert.Null(Connection.GetStateData("123456789"));
    }

    [Fact]
    public void SetJobParameter_NewAndExisting_LastValueWins()
    {
        var jobId = CreateJob();

        Connection.SetJobParameter(jobId, "RetryCount", "1");
        Connection.SetJobParameter(jobId, "RetryCount", "2");
        Connection.SetJobParameter(jobId, "Other", "x");

        Assert.Equal("2", Connection.GetJobParameter(jobId, "RetryCount"));
        Assert.Equal("x", Connection.GetJobParameter(jobId, "Other"));
        Assert.Null(Connection.GetJobParameter(jobId, "Missing"));
    }

    [Fact]
    public void SetJobState_WithReasonAndData_StateDataReadBack()
    {
        var jobId = CreateJob();
        var state = new FailedState(new InvalidOperationException("boom")) { Reason = "because" };

        Commit(t => t.SetJobState(jobId, state));

        var stateData = Connection.GetStateData(jobId);
        Assert.Equal(FailedState.StateName, stateData.Name);
        Assert.Equal("because", stateData.Reason);
        Assert.Equal("System.InvalidOperationException", stateData.Data["ExceptionType"]);
        Assert.Equal("boom", stateData.Data["ExceptionMessage"]);
        Assert.Equal(FailedState.StateName, Connection.GetJobData(jobId).State);
    }

    [Fact]
    public void AddJobState_AfterSetJobState_AddsHistoryWithoutChangingCurrentState()
    {
        var jobId = CreateJob();

        Commit(t => t.SetJobState(jobId, new EnqueuedState("default") { Reason = "first" }));
        Commit(t => t.AddJobState(jobId, new ProcessingStateStub("server", "worker") { Reason = "second" }));

        Assert.Equal(EnqueuedState.StateName, Connection.GetJobData(jobId).State);
        Assert.Equal("first", Connection.GetStateData(jobId).Reason);
        var history = Storage.GetMonitoringApi().JobDetails(jobId).History;
        Assert.Equal(["second", "first"], history.Select(h => h.Reason));
        Assert.Equal([ProcessingStateStub.StateName, EnqueuedState.StateName], history.Select(h => h.StateName));
    }

    [Fact]
    public void GetUtcDateTime_Always_CloseToNow()
    {
        Assert.True(Storage.HasFeature(JobStorageFeatures.Connection.GetUtcDateTime));

        var storageNow = ExtendedConnection.GetUtcDateTime();

        Assert.Equal(DateTimeKind.Utc, storageNow.Kind);
        Assert.InRange(storageNow, DateTime.UtcNow.AddSeconds(-5), DateTime.UtcNow.AddSeconds(5));
    }
}
