using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.LiteDb;

/// <summary>The Job contract on LiteDbJobStorage.</summary>
public sealed class LiteDbJobTests : JobContractTests<LiteDbStorageProvider>;
