using Dashboard.Hangfire.LiteDB.Tests.Concurrency;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Xunit.Abstractions;

namespace Dashboard.Hangfire.LiteDB.Tests.LiteDb;

/// <summary>The concurrency check on LiteDbJobStorage, read back through a new storage on the same file.</summary>
public sealed class LiteDbJobProcessingConcurrencyTests(ITestOutputHelper output)
    : JobProcessingConcurrencyTests<LiteDbStorageProvider>(output)
{
    protected override JobStorage Reopen(JobStorage storage)
    {
        ((IDisposable)storage).Dispose();
        return LiteDbStorageProvider.Create(Directory, TimeSpan.FromSeconds(5));
    }
}
