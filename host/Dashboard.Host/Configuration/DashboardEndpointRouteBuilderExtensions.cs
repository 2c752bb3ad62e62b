using Dashboard.Host.Audit;
using Dashboard.Host.Collectors;
using Dashboard.Host.Dashboards;
using Dashboard.Host.Ingest;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Playlists;
using Dashboard.Host.Plugins;
using Dashboard.Host.Screens;
using Dashboard.Host.Security;
using Dashboard.Host.Scheduling;
using Dashboard.Host.Walls;
using Hangfire;
using Scalar.AspNetCore;

namespace Dashboard.Host.Configuration;

public static class DashboardEndpointRouteBuilderExtensions
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseAuthentication();
        app.UseMiddleware<PageAccessMiddleware>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthorization();

        // One access decision per group; a route outside these groups falls back to admins only (see AddDashboardSecurity).
        // Every change through the admin and editor groups is written to the audit log (docs/security.md).
        var admin = app.MapGroup("/api").RequireAuthorization(Policies.Admin).AddEndpointFilter<AuditEndpointFilter>();
        admin.MapCollectorsApi().MapCollectorActionsApi().MapScheduleApi().MapPluginsApi().MapUsersApi().MapScreensApi().MapAuditApi();
        app.MapIngestApi(admin);

        app.MapWallPages();

        // Dashboards: what screens read, what editors change; one authorization per group (admin actions are above).
        app.MapGroup("/api").RequireAuthorization(Policies.Watch).MapMetricsApi().MapDashboardReads().MapPlaylistReads();
        app.MapGroup("/api").RequireAuthorization(Policies.Editor).AddEndpointFilter<AuditEndpointFilter>().MapDashboardEdits().MapPlaylistEdits();

        var open = app.MapGroup("/api").AllowAnonymous();
        open.MapScreenPairingApi();
        app.MapAccountApi();

        app.MapGet("/pair", () => Results.Redirect("/pair.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapHub<LiveHub>(LiveHub.Path);
        app.MapHealthChecks("/healthz").AllowAnonymous();

        // The API described for people and tools: /openapi/v1.json, read in Scalar at /scalar; for admins, like the API.
        app.MapOpenApi().RequireAuthorization(Policies.Admin);
        app.MapScalarApiReference(options => options.WithTitle("Service dashboard API")).RequireAuthorization(Policies.Admin);
        app.MapHangfireDashboard("/hangfire", new global::Hangfire.DashboardOptions
        {
            DashboardTitle = "Dashboard jobs",
            Authorization = [new HangfireAdminFilter()],
            AppPath = "/admin/collectors.html",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
