using Dashboard.Host.Collectors;
using Dashboard.Host.Dashboards;
using Dashboard.Host.Ingest;
using Dashboard.Host.Live;
using Dashboard.Host.Metrics;
using Dashboard.Host.Playlists;
using Dashboard.Host.Plugins;
using Dashboard.Host.Screens;
using Dashboard.Host.Walls;
using Dashboard.Host.Scheduling;
using Hangfire;
using Scalar.AspNetCore;

namespace Dashboard.Host.Configuration;

public static class DashboardEndpointRouteBuilderExtensions
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        // Everything an admin changes lives under this one group, so access control is added in one place.
        var admin = app.MapGroup("/api");
        admin.MapCollectorsApi().MapCollectorActionsApi().MapScheduleApi().MapPluginsApi();
        app.MapIngestApi(admin);

        var walls = app.MapGroup("/api");
        walls.MapMetricsApi();
        app.MapWallPages();

        // Dashboards: what screens read, what editors change, what only admins do; one authorization per group.
        app.MapGroup("/api").MapDashboardReads().MapPlaylistReads();
        app.MapGroup("/api").MapDashboardEdits().MapPlaylistEdits();
        app.MapGroup("/api").MapScreensApi();

        app.MapHub<LiveHub>(LiveHub.Path);
        app.MapHealthChecks("/healthz");

        // The API described for people and tools: /openapi/v1.json, read in Scalar at /scalar.
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("Service dashboard API"));
        app.UseHangfireDashboard("/hangfire", new global::Hangfire.DashboardOptions { DashboardTitle = "Dashboard jobs" });
        return app;
    }
}
