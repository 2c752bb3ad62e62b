using Dashboard.Host.Collectors;
using Dashboard.Host.Configuration;
using Dashboard.Host.Plugins;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Scheduling;

/// <summary>At start: load plugins, seed demo collectors on an empty data folder, bring Hangfire's schedules in line.</summary>
public sealed class StartupService(
    PluginCatalog plugins,
    DemoCollectorSeeder seeder,
    CollectorRepository collectors,
    CollectorJobScheduler scheduler,
    IOptions<DashboardOptions> options,
    ILogger<StartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var active = plugins.All.Count(plugin => plugin.IsActive);
        logger.LogInformation("{Active} of {Total} plugins active", active, plugins.All.Count);
        if (options.Value.SeedDemoCollectors)
        {
            await seeder.SeedAsync(cancellationToken);
        }

        scheduler.Synchronise(collectors.GetAll());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
