using Dashboard.Hangfire.LiteDB.Tests.Dashboard;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.InMemory;

/// <summary>The DashboardPages contract on Hangfire.InMemory, the reference.</summary>
public sealed class InMemoryDashboardPagesTests : DashboardPagesContractTests<InMemoryStorageProvider>;
