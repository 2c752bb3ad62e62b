using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Writing;

/// <summary>Writes to jobs, their parameters and their state history.</summary>
internal static class JobWrites
{
    public static void Insert(WriteContext context, long jobId, string invocationData, DateTime createdAt, IDictionary<string, string?> parameters, TimeSpan? expireIn)
    {
        var job = new JobDocument
        {
            Id = jobId,
            InvocationData = invocationData,
            CreatedAt = createdAt.ToUniversalTime().Ticks,
            ExpireAt = expireIn is { } ttl ? context.NowTicks + ttl.Ticks : null,
        };
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                job.Parameters[name] = value;
            }
        }

        context.JobCreated(job);
    }

    public static void SetParameter(WriteContext context, long jobId, string name, string? value) =>
        Update(context, jobId, job =>
        {
            if (value is null)
            {
                job.Parameters.Remove(name);
            }
            else
            {
                job.Parameters[name] = value;
            }
        });

    public static void Expire(WriteContext context, long jobId, TimeSpan expireIn) =>
        Update(context, jobId, job => job.ExpireAt = context.NowTicks + expireIn.Ticks);

    public static void Persist(WriteContext context, long jobId) => Update(context, jobId, job => job.ExpireAt = null);

    public static void SetState(WriteContext context, long jobId, StateRecord state)
    {
        var history = AddState(context, jobId, state);
        Update(context, jobId, job =>
        {
            job.StateName = history.Name;
            job.StateReason = history.Reason;
            job.StateCreatedAt = history.CreatedAt;
            job.StateData = history.Data;
            job.StateSlot = StorageKeys.StateSlot(history.Name, jobId);
        });
    }

    public static StateDocument AddState(WriteContext context, long jobId, StateRecord state)
    {
        var history = new StateDocument
        {
            JobId = jobId,
            Name = state.Name,
            Reason = state.Reason,
            CreatedAt = context.NowTicks,
            Data = new Dictionary<string, string>(state.Data, StringComparer.Ordinal),
        };
        context.Database.States.Insert(history);
        return history;
    }

    /// <summary>Deletes up to <paramref name="limit"/> expired jobs with their history and queue entries; returns how many.</summary>
    public static int DeleteExpired(WriteContext context, int limit)
    {
        var expired = context.Database.Jobs.Find(Filters.Between(nameof(JobDocument.ExpireAt), 0L, context.NowTicks), 0, limit)
            .Select(job => job.Id)
            .ToList();
        foreach (var jobId in expired)
        {
            context.Database.States.DeleteMany(Filters.Eq(nameof(StateDocument.JobId), jobId));
            context.Database.QueueItems.DeleteMany(Filters.Eq(nameof(QueueItemDocument.JobId), jobId));
            context.Database.Jobs.Delete(jobId);
            context.JobDeleted(jobId);
        }

        return expired.Count;
    }

    private static void Update(WriteContext context, long jobId, Action<JobDocument> change)
    {
        if (context.Job(jobId) is { } job)
        {
            change(job);
            context.JobChanged(jobId);
        }
    }
}
