using Dashboard.Host.Collectors;
using Dashboard.Host.Plugins;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dashboard.Host.Configuration;

/// <summary>Healthy when the metric store and the job storage answer and at least one plugin is active.</summary>
public sealed class DashboardHealthCheck(CollectorRepository collectors, PluginCatalog plugins, JobStorage jobs) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var collectorCount = collectors.GetAll().Count;
            using var connection = jobs.GetConnection();
            var recurringJobs = connection.GetRecurringJobs().Count;
            var active = plugins.All.Count(plugin => plugin.IsActive);
            var data = new Dictionary<string, object>
            {
                ["collectors"] = collectorCount,
                ["recurringJobs"] = recurringJobs,
                ["activePlugins"] = active,
                ["failedPlugins"] = plugins.All.Count - active,
            };
            return Task.FromResult(active > 0
                ? HealthCheckResult.Healthy($"{active} plugins active, {collectorCount} collectors", data)
                : HealthCheckResult.Degraded("No plugin is active; check the plugins folder.", data: data));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Storage does not answer.", exception));
        }
    }
}
