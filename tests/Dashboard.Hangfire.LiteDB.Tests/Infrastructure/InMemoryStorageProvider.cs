using Hangfire;
using Hangfire.InMemory;

namespace Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

/// <summary>The reference: Hangfire.InMemory. It has no invisibility timeout, a fetched job stays with its holder.</summary>
public sealed class InMemoryStorageProvider : IStorageProvider
{
    public static JobStorage Create(string directory, TimeSpan invisibilityTimeout) => new InMemoryStorage(new InMemoryStorageOptions());
}
