using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Dashboard.Hangfire.LiteDB.Internal.Reading;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage.Monitoring;

namespace Dashboard.Hangfire.LiteDB.Internal.Monitoring;

/// <summary>Turns stored jobs into the dashboard's list entries.</summary>
internal static class JobDtoFactory
{
    public static JobList<TDto> ToList<TDto>(IEnumerable<JobDocument> jobs, Func<JobDocument, TDto> map) =>
        new(jobs.Select(job => new KeyValuePair<string, TDto>(job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), map(job))));

    public static EnqueuedJobDto Enqueued(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        var inState = job.StateName == EnqueuedState.StateName;
        return new EnqueuedJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, State = job.StateName, InEnqueuedState = inState,
            EnqueuedAt = inState ? Date(job, "EnqueuedAt") : null, StateData = StateData(job),
        };
    }

    public static FetchedJobDto Fetched(JobDocument job, long? fetchedAtTicks)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new FetchedJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, State = job.StateName,
            FetchedAt = fetchedAtTicks is { } ticks ? Database.StorageKeys.FromTicks(ticks) : null,
        };
    }

    public static ProcessingJobDto Processing(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new ProcessingJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InProcessingState = job.StateName == ProcessingState.StateName,
            ServerId = Value(job, "ServerId") ?? Value(job, "ServerName"), StartedAt = Date(job, "StartedAt"), StateData = StateData(job),
        };
    }

    public static ScheduledJobDto Scheduled(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new ScheduledJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InScheduledState = job.StateName == ScheduledState.StateName,
            EnqueueAt = Date(job, "EnqueueAt") ?? DateTime.MinValue, ScheduledAt = Date(job, "ScheduledAt"), StateData = StateData(job),
        };
    }

    public static SucceededJobDto Succeeded(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        var duration = Long(job, "PerformanceDuration") + Long(job, "Latency");
        return new SucceededJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InSucceededState = job.StateName == SucceededState.StateName,
            Result = Value(job, "Result"), TotalDuration = duration, SucceededAt = Date(job, "SucceededAt"), StateData = StateData(job),
        };
    }

    public static FailedJobDto Failed(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new FailedJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InFailedState = job.StateName == FailedState.StateName,
            Reason = job.StateReason, FailedAt = Date(job, "FailedAt"), ExceptionType = Value(job, "ExceptionType"),
            ExceptionMessage = Value(job, "ExceptionMessage"), ExceptionDetails = Value(job, "ExceptionDetails"), StateData = StateData(job),
        };
    }

    public static DeletedJobDto Deleted(JobDocument job)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new DeletedJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InDeletedState = job.StateName == DeletedState.StateName,
            DeletedAt = Date(job, "DeletedAt"), StateData = StateData(job),
        };
    }

    public static AwaitingJobDto Awaiting(JobDocument job, string? parentStateName)
    {
        var (loaded, data, error) = JobReads.Deserialize(job.InvocationData);
        return new AwaitingJobDto
        {
            Job = loaded, InvocationData = data, LoadException = error, InAwaitingState = job.StateName == AwaitingState.StateName,
            AwaitingAt = job.StateCreatedAt is { } ticks ? Database.StorageKeys.FromTicks(ticks) : null,
            ParentStateName = parentStateName, StateData = StateData(job),
        };
    }

    private static Dictionary<string, string> StateData(JobDocument job) => new(job.StateData, StringComparer.Ordinal);

    private static string? Value(JobDocument job, string name) => job.StateData.GetValueOrDefault(name);

    private static DateTime? Date(JobDocument job, string name) => JobHelper.DeserializeNullableDateTime(Value(job, name));

    private static long? Long(JobDocument job, string name) =>
        long.TryParse(Value(job, name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
