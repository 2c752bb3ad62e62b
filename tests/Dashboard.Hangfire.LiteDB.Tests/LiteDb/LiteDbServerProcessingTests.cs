using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.LiteDb;

/// <summary>The ServerProcessing contract on LiteDbJobStorage.</summary>
public sealed class LiteDbServerProcessingTests : ServerProcessingContractTests<LiteDbStorageProvider>;
