using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.InMemory;

/// <summary>The BlockingFetch contract on Hangfire.InMemory, the reference.</summary>
public sealed class InMemoryBlockingFetchTests : BlockingFetchContractTests<InMemoryStorageProvider>;
