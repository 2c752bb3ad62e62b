using Dashboard.Hangfire.LiteDB.Tests.Dashboard;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;

namespace Dashboard.Hangfire.LiteDB.Tests.LiteDb;

/// <summary>The DashboardPages contract on LiteDbJobStorage.</summary>
public sealed class LiteDbDashboardPagesTests : DashboardPagesContractTests<LiteDbStorageProvider>;
