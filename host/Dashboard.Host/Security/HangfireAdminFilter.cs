using Hangfire.Dashboard;

namespace Dashboard.Host.Security;

/// <summary>The Hangfire dashboard's own check, behind the endpoint's admin policy: only an admin sees or changes jobs.</summary>
public sealed class HangfireAdminFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
