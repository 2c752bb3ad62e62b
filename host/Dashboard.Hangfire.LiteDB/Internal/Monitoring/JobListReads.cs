using Dashboard.Hangfire.LiteDB.Internal.Database;
using Dashboard.Hangfire.LiteDB.Internal.Documents;
using LiteDB;

namespace Dashboard.Hangfire.LiteDB.Internal.Monitoring;

/// <summary>Index-backed reads of jobs by state, for the dashboard's paged lists and counts.</summary>
internal static class JobListReads
{
    public static long CountInState(StorageDatabase database, string stateName) => database.Jobs.Count(InState(stateName));

    /// <summary>Newest first, as the dashboard shows them.</summary>
    public static List<JobDocument> PageInState(StorageDatabase database, string stateName, int from, int count) =>
        database.Jobs.Query()
            .Where(InState(stateName))
            .OrderByDescending(nameof(JobDocument.StateSlot))
            .Skip(Math.Max(0, from))
            .Limit(Math.Max(0, count))
            .ToList();

    private static BsonExpression InState(string stateName) =>
        Filters.Between(nameof(JobDocument.StateSlot), stateName + StorageKeys.Separator, stateName + StorageKeys.AfterSeparator);
}
