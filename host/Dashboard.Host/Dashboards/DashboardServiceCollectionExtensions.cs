using Dashboard.Host.Dashboards.Provisioning;
using Dashboard.Host.Dashboards.Snapshots;
using Dashboard.Host.Live;
using Dashboard.Host.Playlists;

namespace Dashboard.Host.Dashboards;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Dashboards and playlists as data, their snapshots, and who is told about what.</summary>
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddSingleton<DashboardRepository>();
        services.AddSingleton<CollectorSources>();
        services.AddSingleton<DashboardValidator>();
        services.AddSingleton<DashboardEditor>();
        services.AddSingleton<CollectorTiming>();
        services.AddSingleton<TileDataReader>();
        services.AddSingleton<DashboardSnapshotBuilder>();
        services.AddSingleton<DashboardAudience>();
        services.AddSingleton<PlaylistRepository>();
        services.AddSingleton<PlaylistValidator>();
        services.AddSingleton<PluginDashboardTemplates>();
        services.AddSingleton<DashboardGenerator>();
        services.AddSingleton<DashboardFileProvisioner>();

        // Registered after the start-up service that seeds collectors, so it runs once they exist.
        services.AddHostedService<DashboardStartup>();
        return services;
    }
}
