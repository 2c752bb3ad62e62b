using Hangfire;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>Our storage on a fresh file in the test's own directory; expiry checked every second so expiry tests finish quickly.</summary>
public sealed class LiteDbStorageProvider : IStorageProvider
{
    public static JobStorage Create(string directory, TimeSpan invisibilityTimeout) =>
        new LiteDbJobStorage(
            Path.Combine(directory, "hangfire.db"),
            new LiteDbStorageOptions
            {
                InvisibilityTimeout = invisibilityTimeout,
                ExpirationCheckInterval = TimeSpan.FromSeconds(1),
            });
}
