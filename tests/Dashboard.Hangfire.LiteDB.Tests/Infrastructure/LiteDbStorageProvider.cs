using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Our storage on a fresh file in the test's own directory.</summary>
public sealed class LiteDbStorageProvider : IStorageProvider
{
    public static JobStorage Create(string directory, TimeSpan invisibilityTimeout) =>
        new LiteDbJobStorage(Path.Combine(directory, "hangfire.db"), new LiteDbStorageOptions { InvisibilityTimeout = invisibilityTimeout });
}
