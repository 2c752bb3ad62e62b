using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.InMemory;

/// <summary>The Lock contract on Hangfire.InMemory, the reference.</summary>
public sealed class InMemoryLockTests : LockContractTests<InMemoryStorageProvider>;
