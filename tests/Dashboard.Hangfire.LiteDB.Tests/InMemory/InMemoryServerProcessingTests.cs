using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.InMemory;

/// <summary>The ServerProcessing contract on Hangfire.InMemory, the reference.</summary>
public sealed class InMemoryServerProcessingTests : ServerProcessingContractTests<InMemoryStorageProvider>;
