using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.LiteDb;

/// <summary>The Transaction contract on LiteDbJobStorage.</summary>
public sealed class LiteDbTransactionTests : TransactionContractTests<LiteDbStorageProvider>;
