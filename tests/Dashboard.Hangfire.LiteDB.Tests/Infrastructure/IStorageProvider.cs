using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Creates the storage under test, so one contract suite runs against every implementation.</summary>
public interface IStorageProvider
{
    /// <summary>Opens a storage whose files (if any) live in <paramref name="directory"/>.</summary>
    static abstract JobStorage Create(string directory, TimeSpan invisibilityTimeout);
}
