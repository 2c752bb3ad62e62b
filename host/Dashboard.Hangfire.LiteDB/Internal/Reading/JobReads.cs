using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using Hangfire.Common;
using Hangfire.Storage;

namespace Dashboard.Hangfire.LiteDB.Internal.Reading;

/// <summary>Reads of jobs and their invocation data.</summary>
internal static class JobReads
{
    public static JobDocument? Find(StorageDatabase database, string? jobId) =>
        StorageKeys.TryParseJobId(jobId, out var id) ? database.Jobs.FindById(id) : null;

    public static string Serialize(Job job) => InvocationData.SerializeJob(job).SerializePayload();

    public static (Job? Job, InvocationData Data, JobLoadException? Error) Deserialize(string payload)
    {
        var data = InvocationData.DeserializePayload(payload);
        try
        {
            return (data.DeserializeJob(), data, null);
        }
        catch (JobLoadException error)
        {
            return (null, data, error);
        }
    }

    public static JobData ToJobData(JobDocument job)
    {
        var (loaded, data, error) = Deserialize(job.InvocationData);
        return new JobData
        {
            Job = loaded,
            InvocationData = data,
            LoadException = error,
            State = job.StateName,
            CreatedAt = StorageKeys.FromTicks(job.CreatedAt),
            ParametersSnapshot = new Dictionary<string, string>(job.Parameters, StringComparer.Ordinal),
        };
    }
}
