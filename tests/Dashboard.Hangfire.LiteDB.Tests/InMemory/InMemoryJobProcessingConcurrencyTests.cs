using Dashboard.Hangfire.LiteDB.Tests.Concurrency;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Xunit.Abstractions;

namespace Dashboard.Hangfire.LiteDB.Tests.InMemory;

/// <summary>The concurrency check on Hangfire.InMemory, the reference; it cannot be reopened, so it is read as it is.</summary>
public sealed class InMemoryJobProcessingConcurrencyTests(ITestOutputHelper output)
    : JobProcessingConcurrencyTests<InMemoryStorageProvider>(output)
{
    protected override JobStorage Reopen(JobStorage storage) => storage;
}
